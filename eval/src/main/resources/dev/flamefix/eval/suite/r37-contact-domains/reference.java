package com.example.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class DomainMatcher {

  public record Company(String name, String domain) {}

  public static List<String> companyPerContact(List<String> emails, List<Company> companies) {
    Map<String, String> byDomain = new HashMap<>();
    for (Company c : companies) {
      byDomain.putIfAbsent(c.domain().toLowerCase(Locale.ROOT), c.name());
    }
    List<String> out = new ArrayList<>(emails.size());
    for (String email : emails) {
      String domain = email.substring(email.indexOf('@') + 1);
      out.add(byDomain.getOrDefault(domain.toLowerCase(Locale.ROOT), "(independent)"));
    }
    return out;
  }
}
