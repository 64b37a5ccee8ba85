package com.example.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class DailyReport {

  public static List<String> formatDays(long[] epochDays) {
    List<String> out = new ArrayList<>(epochDays.length);
    for (long day : epochDays) {
      DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE dd MMM yyyy", Locale.ROOT);
      out.add(f.format(LocalDate.ofEpochDay(day)));
    }
    return out;
  }
}
