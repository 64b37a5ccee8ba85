package com.example.csv;

import java.util.List;

public class CsvNumbers {

  public static long sumNumericCells(List<String> cells) {
    long sum = 0;
    for (String cell : cells) {
      if (isInt(cell)) {
        sum += Integer.parseInt(cell);
      }
    }
    return sum;
  }

  /** Exactly the strings Integer.parseInt accepts: optional sign, ASCII or Unicode digits, in range. */
  private static boolean isInt(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    int start = (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    if (start == s.length()) {
      return false;
    }
    long value = 0;
    for (int i = start; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 10);
      if (d < 0) {
        return false;
      }
      value = value * 10 + d;
      if (value > 2147483648L) {
        return false;
      }
    }
    return s.charAt(0) == '-' || value <= Integer.MAX_VALUE;
  }
}
