package com.example.search;

import java.util.List;
import java.util.Locale;

public class Highlighter {

  /** Counts documents that contain every term of the query (case-insensitive). */
  public static int countMatchingDocs(List<String> docs, String query) {
    int matching = 0;
    for (String doc : docs) {
      String[] terms = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
      String text = doc.toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String term : terms) {
        if (!text.contains(term)) {
          all = false;
          break;
        }
      }
      if (all) {
        matching++;
      }
    }
    return matching;
  }
}
