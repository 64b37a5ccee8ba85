package com.example.energy;

public class MeterReadings {

  public static int totalPositive(int[] readings) {
    int total = 0;
    for (int r : readings) {
      if (r > 0) {
        total += r;
      }
    }
    return total;
  }
}
