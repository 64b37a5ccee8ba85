package com.example.metrics;

public class LatencyStats {

  public static double meanMillis(int[] latenciesMicros) {
    if (latenciesMicros.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    long total = 0L;
    for (int micros : latenciesMicros) {
      total += micros;
    }
    return (double) total / latenciesMicros.length / 1000.0;
  }
}
