package com.example.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class AccessLogParserWorkload {
  public static Supplier<Object> workload() {
    List<String> lines = new ArrayList<>();
    int[] codes = {200, 200, 404, 500, 301};
    for (int i = 0; i < 500; i++) {
      lines.add("10.0." + (i % 250) + "." + (i % 7) + " \"GET /api/items/" + i + " HTTP/1.1\" " + codes[i % codes.length] + " " + (i * 31 % 5000));
    }
    return () -> AccessLogParser.countStatus(lines, 404);
  }
}
