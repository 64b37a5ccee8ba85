public class Fixture {
  public static long target(int[] a, int w) {
    long best = 0;
    for (int s = 0; s + w <= a.length; s++) {
      long sum = 0;
      for (int k = 0; k < w; k++) sum += a[s + k];
      best = Math.max(best, sum);
      a[s] = 0;
    }
    return best;
  }
}
