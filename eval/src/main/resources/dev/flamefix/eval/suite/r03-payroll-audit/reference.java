package com.example.hr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class PayrollAudit {

  public static List<String> unknownEmployeeIds(List<String> payslipEmployeeIds, List<String> roster) {
    Set<String> known = new HashSet<>(roster);
    List<String> unknown = new ArrayList<>();
    for (String id : payslipEmployeeIds) {
      if (!known.contains(id)) {
        unknown.add(id);
      }
    }
    return unknown;
  }
}
