package com.example.reporting;

import java.util.function.Supplier;

public final class DailyReportWorkload {
  public static Supplier<Object> workload() {
    long[] days = new long[1000];
    for (int i = 0; i < days.length; i++) {
      days[i] = 19000 + i;
    }
    return () -> DailyReport.formatDays(days);
  }
}
