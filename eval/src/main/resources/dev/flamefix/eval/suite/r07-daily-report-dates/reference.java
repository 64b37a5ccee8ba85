package com.example.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class DailyReport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM yyyy", Locale.ROOT);

  public static List<String> formatDays(long[] epochDays) {
    List<String> out = new ArrayList<>(epochDays.length);
    for (long day : epochDays) {
      out.add(DAY.format(LocalDate.ofEpochDay(day)));
    }
    return out;
  }
}
