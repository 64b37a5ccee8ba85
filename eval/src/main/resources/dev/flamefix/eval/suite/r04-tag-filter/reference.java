package com.example.catalog;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

public class TagFilter {

  public static int countAllowed(String[] tags, String[] allowList) {
    Set<String> allowed = new HashSet<>(Arrays.asList(allowList));
    int count = 0;
    for (String tag : tags) {
      if (allowed.contains(tag)) {
        count++;
      }
    }
    return count;
  }
}
