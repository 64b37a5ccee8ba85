package com.example.school;

public class Percentiles {

  /** For each score, how many scores in the class are strictly lower. */
  public static int[] countBelow(int[] scores) {
    int[] below = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      int c = 0;
      for (int other : scores) {
        if (other < scores[i]) {
          c++;
        }
      }
      below[i] = c;
    }
    return below;
  }
}
