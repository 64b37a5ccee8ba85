package com.example.spelling;

public class TypoDistance {

  /** Levenshtein distance (insert, delete, substitute each cost 1). */
  public static int editDistance(String a, String b) {
    return distance(a, a.length(), b, b.length());
  }

  private static int distance(String a, int i, String b, int j) {
    if (i == 0) {
      return j;
    }
    if (j == 0) {
      return i;
    }
    int substitute = distance(a, i - 1, b, j - 1) + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
    int delete = distance(a, i - 1, b, j) + 1;
    int insert = distance(a, i, b, j - 1) + 1;
    return Math.min(substitute, Math.min(delete, insert));
  }
}
