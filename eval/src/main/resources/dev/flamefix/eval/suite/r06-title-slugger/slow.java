package com.example.cms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class Slugger {

  public static List<String> slugifyAll(List<String> titles) {
    List<String> slugs = new ArrayList<>(titles.size());
    for (String title : titles) {
      String s = title.toLowerCase(Locale.ROOT);
      s = s.replaceAll("[^a-z0-9]+", "-");
      s = s.replaceAll("^-+|-+$", "");
      slugs.add(s.isEmpty() ? "untitled" : s);
    }
    return slugs;
  }
}
