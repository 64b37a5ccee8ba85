package com.example.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CsvNumbersWorkload {
  public static Supplier<Object> workload() {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      cells.add(i % 2 == 0 ? Integer.toString(i * 31 - 9000) : "n/a-" + i);
    }
    return () -> CsvNumbers.sumNumericCells(cells);
  }
}
