public class Fixture {
  private static int reads;

  public static long target(int[] a, int w) {
    long best = 0;
    for (int s = 0; s <= a.length - w; s++) {
      best = Math.max(best, total(a, s, s + w));
    }
    long x = 0;
    for (int s = 0; s <= a.length - w; s++) {
      long t = total(a, s, s + w);
      x += t;
    }
    return best + x + reads;
  }

  private static long total(int[] a, int from, int to) {
    long t = 0;
    for (int i = from; i < to; i++) {
      t += a[i];
      reads++;
    }
    return t;
  }
}
