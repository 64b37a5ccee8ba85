package com.example.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class ConfigLookup {

  public static List<String> resolve(Map<String, String> props, List<String> keys) {
    List<String> values = new ArrayList<>(keys.size());
    for (String key : keys) {
      String value;
      try {
        value = props.get(key).trim();
      } catch (NullPointerException e) {
        value = "<unset>";
      }
      values.add(key + "=" + value);
    }
    return values;
  }
}
