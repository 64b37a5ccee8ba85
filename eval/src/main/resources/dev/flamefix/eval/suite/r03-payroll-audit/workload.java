package com.example.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PayrollAuditWorkload {
  public static Supplier<Object> workload() {
    List<String> roster = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      roster.add("EMP" + (i * 7));
    }
    List<String> slips = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      slips.add("EMP" + (i * 5));
    }
    return () -> PayrollAudit.unknownEmployeeIds(slips, roster);
  }
}
