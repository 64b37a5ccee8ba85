package com.example.logs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class AccessLogParser {

  private static final Pattern LINE = Pattern.compile("^\\S+ \"[A-Z]+ [^\"]*\" (\\d{3}) \\d+$");

  public static int countStatus(List<String> lines, int status) {
    int count = 0;
    Matcher m = LINE.matcher("");
    for (String line : lines) {
      m.reset(line);
      if (m.matches() && Integer.parseInt(m.group(1)) == status) {
        count++;
      }
    }
    return count;
  }
}
