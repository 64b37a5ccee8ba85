public class Fixture {
  public static long target(int[] a, int w) {
    long best = 0;
    for (int s = 0; s + w <= a.length; s++) {
      long sum = 0;
      for (int j = s; j < s + w; j++) sum += a[j];
      best = Math.max(best, sum);
      if (sum > 100) w++;
    }
    return best;
  }
}
