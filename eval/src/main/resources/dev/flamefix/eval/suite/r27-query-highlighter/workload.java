package com.example.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class HighlighterWorkload {
  public static Supplier<Object> workload() {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      docs.add("Doc " + i + ": fast Java " + (i % 3 == 0 ? "profiling" : "logging"));
    }
    return () -> Highlighter.countMatchingDocs(docs, "  Java   Profiling ");
  }
}
