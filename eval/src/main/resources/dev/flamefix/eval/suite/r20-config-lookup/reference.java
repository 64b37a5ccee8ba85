package com.example.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class ConfigLookup {

  public static List<String> resolve(Map<String, String> props, List<String> keys) {
    List<String> values = new ArrayList<>(keys.size());
    for (String key : keys) {
      String raw = props.get(key);
      values.add(key + "=" + (raw == null ? "<unset>" : raw.trim()));
    }
    return values;
  }
}
