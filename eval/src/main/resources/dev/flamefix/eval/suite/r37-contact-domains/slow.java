package com.example.crm;

import java.util.ArrayList;
import java.util.List;

public class DomainMatcher {

  public record Company(String name, String domain) {}

  public static List<String> companyPerContact(List<String> emails, List<Company> companies) {
    List<String> out = new ArrayList<>(emails.size());
    for (String email : emails) {
      String domain = email.substring(email.indexOf('@') + 1);
      String match = "(independent)";
      for (Company c : companies) {
        if (c.domain().equalsIgnoreCase(domain)) {
          match = c.name();
          break;
        }
      }
      out.add(match);
    }
    return out;
  }
}
