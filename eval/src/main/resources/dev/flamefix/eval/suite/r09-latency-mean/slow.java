package com.example.metrics;

public class LatencyStats {

  public static double meanMillis(int[] latenciesMicros) {
    if (latenciesMicros.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    Long total = 0L;
    Long count = 0L;
    for (int micros : latenciesMicros) {
      total += micros;
      count++;
    }
    Double mean = (double) total / count;
    return mean / 1000.0;
  }
}
