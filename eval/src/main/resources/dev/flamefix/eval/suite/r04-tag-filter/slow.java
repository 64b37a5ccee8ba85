package com.example.catalog;

public class TagFilter {

  public static int countAllowed(String[] tags, String[] allowList) {
    int count = 0;
    for (String tag : tags) {
      boolean allowed = false;
      for (String candidate : allowList) {
        if (candidate.equals(tag)) {
          allowed = true;
          break;
        }
      }
      if (allowed) {
        count++;
      }
    }
    return count;
  }
}
