package com.example.hr;

import java.util.ArrayList;
import java.util.List;

public class PayrollAudit {

  public static List<String> unknownEmployeeIds(List<String> payslipEmployeeIds, List<String> roster) {
    List<String> unknown = new ArrayList<>();
    for (String id : payslipEmployeeIds) {
      if (!roster.contains(id)) {
        unknown.add(id);
      }
    }
    return unknown;
  }
}
