// expect: for (Map.Entry<Character, Long> entry : tally.entrySet())
import java.util.*;

public class Fixture {
  public static String target(String dna) {
    Map<Character, Long> tally = new HashMap<>();
    for (char c : dna.toCharArray()) tally.merge(c, 1L, Long::sum);
    StringBuilder sb = new StringBuilder();
    long total = 0;
    for (var base : tally.keySet()) {
      long n = tally.get(base);
      total += n;
      if (n < 2) continue;
      sb.append(base).append('=').append(tally.get(base)).append(';');
      if (total > 1_000) break;
    }
    return sb.append(total).toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target("GATTACAGGT"))).append('\n');
    out.append(safe(() -> target(""))).append('\n');
    out.append(safe(() -> target("A"))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
