package com.example.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ContactEnricherWorkload {
  public static Supplier<Object> workload() {
    List<ContactEnricher.Company> companies = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      companies.add(new ContactEnricher.Company(i * 3, "Company " + i));
    }
    List<ContactEnricher.Contact> contacts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      contacts.add(new ContactEnricher.Contact("person" + i, (i * 11) % 5000));
    }
    return () -> ContactEnricher.enrich(contacts, companies);
  }
}
