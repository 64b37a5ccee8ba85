// expect: if (ranked == null)
import java.util.*;
import java.util.stream.*;

public class Fixture {
  public static String target(Set<String> skus, int[] picks) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < picks.length; i++) {
      List<String> ranked = skus.stream().sorted(Comparator.comparing(String::length))
          .collect(Collectors.toList());
      if (ranked.isEmpty()) break;
      sb.append(ranked.get(Math.floorMod(picks[i], ranked.size()))).append(',');
    }
    return sb.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new TreeSet<>(List.of("bolt", "nut", "washer", "gear")), new int[] {0, 1, 2, 3, -1}))).append('\n');
    out.append(safe(() -> target(null, new int[0]))).append('\n');
    out.append(safe(() -> target(null, new int[] {1}))).append('\n');
    out.append(safe(() -> target(Set.of(), new int[] {1, 2}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
