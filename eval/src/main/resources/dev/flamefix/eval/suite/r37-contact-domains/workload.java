package com.example.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class DomainMatcherWorkload {
  public static Supplier<Object> workload() {
    List<DomainMatcher.Company> companies = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      companies.add(new DomainMatcher.Company("Company " + i, "corp" + i + ".example"));
    }
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      emails.add("person" + i + "@CORP" + (i * 3 % 1200) + ".example");
    }
    return () -> DomainMatcher.companyPerContact(emails, companies);
  }
}
