package com.example.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LevelFilterWorkload {
  public static Supplier<Object> workload() {
    String[] levels = {"INFO", "DEBUG", "WARN", "INFO", "ERROR", "TRACE"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      lines.add(String.format("%02d:%02d:%02d %s request %d handled", i / 3600 % 24, i / 60 % 60, i % 60, levels[i % levels.length], i));
    }
    return () -> LevelFilter.countAtLeast(lines, "WARN");
  }
}
