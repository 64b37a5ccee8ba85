package com.example.monitoring;

public class CpuPeaks {

  public static int[] windowMaxima(int[] load, int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("window must be positive");
    }
    if (load.length < k) {
      return new int[0];
    }
    int[] out = new int[load.length - k + 1];
    for (int start = 0; start < out.length; start++) {
      int max = Integer.MIN_VALUE;
      for (int i = start; i < start + k; i++) {
        max = Math.max(max, load[i]);
      }
      out[start] = max;
    }
    return out;
  }
}
