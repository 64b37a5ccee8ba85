package com.example.cms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

public class Slugger {

  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  public static List<String> slugifyAll(List<String> titles) {
    List<String> slugs = new ArrayList<>(titles.size());
    for (String title : titles) {
      String s = title.toLowerCase(Locale.ROOT);
      s = NON_ALNUM.matcher(s).replaceAll("-");
      s = EDGE_DASHES.matcher(s).replaceAll("");
      slugs.add(s.isEmpty() ? "untitled" : s);
    }
    return slugs;
  }
}
