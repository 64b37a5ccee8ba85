package com.example.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CsvLineWriterWorkload {
  public static Supplier<Object> workload() {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      fields.add(i % 10 == 0 ? "say \"hi\", " + i : "field" + i);
    }
    return () -> CsvLineWriter.join(fields);
  }
}
