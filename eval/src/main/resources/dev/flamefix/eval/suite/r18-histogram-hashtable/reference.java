package com.example.telemetry;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

public class HistogramBuilder {

  public static Map<Long, Integer> bucketCounts(double[] values, double width) {
    if (!(width > 0)) {
      throw new IllegalArgumentException("width must be positive");
    }
    HashMap<Long, Integer> counts = new HashMap<>();
    for (double v : values) {
      long bucket = (long) Math.floor(v / width);
      Integer c = counts.get(bucket);
      counts.put(bucket, c == null ? 1 : c + 1);
    }
    return new TreeMap<>(counts);
  }
}
