package com.example.users;

import java.util.List;
import java.util.Locale;

public class DuplicateFinder {

  /** The first address (as written) whose lower-cased form appeared earlier, or null. */
  public static String firstDuplicate(List<String> emails) {
    for (int i = 0; i < emails.size(); i++) {
      String current = emails.get(i).trim().toLowerCase(Locale.ROOT);
      for (int j = 0; j < i; j++) {
        if (emails.get(j).trim().toLowerCase(Locale.ROOT).equals(current)) {
          return emails.get(i);
        }
      }
    }
    return null;
  }
}
