package com.example.csv;

import java.util.List;

public class CsvNumbers {

  public static long sumNumericCells(List<String> cells) {
    long sum = 0;
    for (String cell : cells) {
      try {
        sum += Integer.parseInt(cell);
      } catch (NumberFormatException e) {
        // not a number: skip
      }
    }
    return sum;
  }
}
