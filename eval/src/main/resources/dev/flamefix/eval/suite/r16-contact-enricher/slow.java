package com.example.crm;

import java.util.ArrayList;
import java.util.List;

public class ContactEnricher {

  public record Contact(String name, int companyId) {}

  public record Company(int id, String name) {}

  public static List<String> enrich(List<Contact> contacts, List<Company> companies) {
    List<String> out = new ArrayList<>(contacts.size());
    for (Contact c : contacts) {
      String company = "?";
      for (Company co : companies) {
        if (co.id() == c.companyId()) {
          company = co.name();
          break;
        }
      }
      out.add(c.name() + " @ " + company);
    }
    return out;
  }
}
