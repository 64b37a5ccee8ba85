package com.example.energy;

import java.util.Arrays;

public class MeterReadings {

  public static int totalPositive(int[] readings) {
    return Arrays.stream(readings).boxed().filter(r -> r > 0).reduce(0, Integer::sum);
  }
}
