package com.example.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CsvExporterWorkload {
  public static Supplier<Object> workload() {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      rows.add(i + ",item-" + i + "," + (i * 3 % 97) + ".50");
    }
    return () -> {
      try {
        return CsvExporter.exportChecksum(rows);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }
}
