package com.example.telemetry;

import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;

public class HistogramBuilder {

  public static Map<Long, Integer> bucketCounts(double[] values, double width) {
    if (!(width > 0)) {
      throw new IllegalArgumentException("width must be positive");
    }
    Hashtable<Long, Integer> counts = new Hashtable<>();
    for (double v : values) {
      long bucket = (long) Math.floor(v / width);
      Integer c = counts.get(bucket);
      counts.put(bucket, c == null ? 1 : c + 1);
    }
    return new TreeMap<>(counts);
  }
}
