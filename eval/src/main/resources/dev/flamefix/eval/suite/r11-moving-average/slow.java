package com.example.sensors;

import java.util.LinkedList;
import java.util.List;

public class SmoothingFilter {

  public static double[] movingAverage(int[] samples, int window) {
    if (window <= 0) {
      throw new IllegalArgumentException("window must be positive");
    }
    List<Integer> buffer = new LinkedList<>();
    for (int s : samples) {
      buffer.add(s);
    }
    int n = buffer.size() - window + 1;
    if (n <= 0) {
      return new double[0];
    }
    double[] out = new double[n];
    long sum = 0;
    for (int i = 0; i < window; i++) {
      sum += buffer.get(i);
    }
    out[0] = (double) sum / window;
    for (int i = 1; i < n; i++) {
      sum += buffer.get(i + window - 1) - buffer.get(i - 1);
      out[i] = (double) sum / window;
    }
    return out;
  }
}
