// expect: else if (BY_WAIT.compare(candidate, quickest.get(0)) < 0)
import java.util.*;

public class Fixture {
  record Checkout(String till, int waitSeconds, boolean selfService) {}

  private static final Comparator<Checkout> BY_WAIT = Comparator.comparingInt(Checkout::waitSeconds);

  public static List<String> target(List<List<Checkout>> storesTills) {
    List<String> picks = new ArrayList<>();
    for (List<Checkout> tills : storesTills) {
      List<Checkout> quickest = new ArrayList<>(tills);
      quickest.sort(BY_WAIT);
      if (quickest.size() > 0) {
        picks.add(quickest.get(0).till());
      } else {
        picks.add("-");
      }
    }
    return picks;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Checkout> a = List.of(new Checkout("t1", 40, false), new Checkout("t2", 12, true), new Checkout("t3", 12, false));
    List<Checkout> b = List.of(new Checkout("s1", Integer.MIN_VALUE, true), new Checkout("s2", Integer.MAX_VALUE, false));
    out.append(safe(() -> target(List.of(a, b, List.of())))).append('\n');
    out.append(safe(() -> target(List.of(Arrays.asList((Checkout) null))))).append('\n');
    out.append(safe(() -> target(List.of(Arrays.asList(new Checkout("x", 1, true), null))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
