package com.example.weather;

public class WarmerDays {

  /** For each day, how many days until a strictly warmer one; 0 if none. */
  public static int[] daysUntilWarmer(int[] temps) {
    int[] wait = new int[temps.length];
    int[] stack = new int[temps.length];
    int top = 0;
    for (int j = 0; j < temps.length; j++) {
      while (top > 0 && temps[stack[top - 1]] < temps[j]) {
        int i = stack[--top];
        wait[i] = j - i;
      }
      stack[top++] = j;
    }
    return wait;
  }
}
