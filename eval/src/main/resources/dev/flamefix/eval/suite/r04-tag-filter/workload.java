package com.example.catalog;

import java.util.function.Supplier;

public final class TagFilterWorkload {
  public static Supplier<Object> workload() {
    String[] allow = new String[1000];
    for (int i = 0; i < allow.length; i++) {
      allow[i] = "tag-" + (i * 3);
    }
    String[] tags = new String[1000];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = "tag-" + (i * 2);
    }
    return () -> TagFilter.countAllowed(tags, allow);
  }
}
