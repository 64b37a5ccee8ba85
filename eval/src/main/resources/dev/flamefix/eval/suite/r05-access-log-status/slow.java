package com.example.logs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class AccessLogParser {

  public static int countStatus(List<String> lines, int status) {
    int count = 0;
    for (String line : lines) {
      Matcher m = Pattern.compile("^\\S+ \"[A-Z]+ [^\"]*\" (\\d{3}) \\d+$").matcher(line);
      if (m.matches() && Integer.parseInt(m.group(1)) == status) {
        count++;
      }
    }
    return count;
  }
}
