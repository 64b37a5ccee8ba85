package com.example.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

public final class ConfigLookupWorkload {
  public static Supplier<Object> workload() {
    Map<String, String> props = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      props.put("app.key" + i, "  value" + i + " ");
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      keys.add("app.key" + (i % 400));
    }
    return () -> ConfigLookup.resolve(props, keys);
  }
}
