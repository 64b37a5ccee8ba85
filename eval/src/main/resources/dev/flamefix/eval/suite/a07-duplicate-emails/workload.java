package com.example.users;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class DuplicateFinderWorkload {
  public static Supplier<Object> workload() {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      emails.add("User" + i + "@Example.com");
    }
    emails.add(" user150@example.COM ");
    return () -> DuplicateFinder.firstDuplicate(emails);
  }
}
