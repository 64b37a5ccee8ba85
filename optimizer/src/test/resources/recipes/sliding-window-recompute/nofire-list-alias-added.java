import java.util.List;

public class Fixture {
  public static long target(List<Integer> a, List<Integer> out, int w) {
    long best = 0;
    for (int s = 0; s + w <= a.size(); s++) {
      long sum = 0;
      for (int j = s; j < s + w; j++) sum += a.get(j);
      out.add(0, (int) sum);
      best = Math.max(best, sum);
    }
    return best;
  }
}
