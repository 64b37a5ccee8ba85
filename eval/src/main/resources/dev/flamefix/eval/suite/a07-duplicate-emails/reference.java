package com.example.users;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

public class DuplicateFinder {

  /** The first address (as written) whose lower-cased form appeared earlier, or null. */
  public static String firstDuplicate(List<String> emails) {
    Set<String> seen = new HashSet<>();
    for (String email : emails) {
      if (!seen.add(email.trim().toLowerCase(Locale.ROOT))) {
        return email;
      }
    }
    return null;
  }
}
