package com.example.logs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LevelFilter {

  private static final Pattern LEVEL = Pattern.compile("^\\d{2}:\\d{2}:\\d{2} (TRACE|DEBUG|INFO|WARN|ERROR) ");
  private static final List<String> ORDER = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

  public static int countAtLeast(List<String> lines, String minLevel) {
    int min = ORDER.indexOf(minLevel);
    if (min < 0) {
      throw new IllegalArgumentException("unknown level " + minLevel);
    }
    int count = 0;
    Matcher m = LEVEL.matcher("");
    for (String line : lines) {
      if (m.reset(line).lookingAt() && ORDER.indexOf(m.group(1)) >= min) {
        count++;
      }
    }
    return count;
  }
}
