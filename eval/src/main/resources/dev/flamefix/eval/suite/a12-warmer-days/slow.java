package com.example.weather;

public class WarmerDays {

  /** For each day, how many days until a strictly warmer one; 0 if none. */
  public static int[] daysUntilWarmer(int[] temps) {
    int[] wait = new int[temps.length];
    for (int i = 0; i < temps.length; i++) {
      for (int j = i + 1; j < temps.length; j++) {
        if (temps[j] > temps[i]) {
          wait[i] = j - i;
          break;
        }
      }
    }
    return wait;
  }
}
