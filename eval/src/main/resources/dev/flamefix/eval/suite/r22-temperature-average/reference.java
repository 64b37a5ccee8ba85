package com.example.weather;

public class TemperatureStats {

  public static double averageAbove(double[] temps, double threshold) {
    double sum = 0;
    int count = 0;
    for (double t : temps) {
      if (t > threshold) {
        sum += t;
        count++;
      }
    }
    return count == 0 ? 0.0 : sum / count;
  }
}
