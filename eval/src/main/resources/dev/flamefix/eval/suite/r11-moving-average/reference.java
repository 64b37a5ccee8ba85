package com.example.sensors;

public class SmoothingFilter {

  public static double[] movingAverage(int[] samples, int window) {
    if (window <= 0) {
      throw new IllegalArgumentException("window must be positive");
    }
    int n = samples.length - window + 1;
    if (n <= 0) {
      return new double[0];
    }
    double[] out = new double[n];
    long sum = 0;
    for (int i = 0; i < window; i++) {
      sum += samples[i];
    }
    out[0] = (double) sum / window;
    for (int i = 1; i < n; i++) {
      sum += samples[i + window - 1] - samples[i - 1];
      out[i] = (double) sum / window;
    }
    return out;
  }
}
