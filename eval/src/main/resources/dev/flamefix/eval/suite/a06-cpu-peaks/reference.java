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
    int[] deque = new int[load.length];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < load.length; i++) {
      while (tail > head && load[deque[tail - 1]] <= load[i]) {
        tail--;
      }
      deque[tail++] = i;
      if (deque[head] <= i - k) {
        head++;
      }
      if (i >= k - 1) {
        out[i - k + 1] = load[deque[head]];
      }
    }
    return out;
  }
}
