package com.example.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ContactEnricher {

  public record Contact(String name, int companyId) {}

  public record Company(int id, String name) {}

  public static List<String> enrich(List<Contact> contacts, List<Company> companies) {
    Map<Integer, String> names = new HashMap<>(companies.size() * 2);
    for (Company co : companies) {
      names.putIfAbsent(co.id(), co.name());
    }
    List<String> out = new ArrayList<>(contacts.size());
    for (Contact c : contacts) {
      out.add(c.name() + " @ " + names.getOrDefault(c.companyId(), "?"));
    }
    return out;
  }
}
