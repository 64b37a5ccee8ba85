// expect: sumWindow += orders.get(day + days - 1);
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  /** Rolling order totals per day, skipping odd start days; an overrun reports the index like before. */
  public static List<Long> target(List<Integer> orders, int days, int last) {
    List<Long> rolling = new ArrayList<>();
    for (int day = 0; day <= last; day++) {
      if (day % 3 == 1) continue;
      var sum = 0L;
      for (int k = 0; k < days; k++) {
        sum = sum + orders.get(day + k);
      }
      rolling.add(sum);
    }
    return rolling;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Integer> o = new ArrayList<>(List.of(4, 8, -15, 16, 23, 42, Integer.MAX_VALUE, Integer.MAX_VALUE, 1));
    for (int days = -1; days <= 4; days++) {
      for (int last = -1; last <= 9; last += 2) {
        int d = days;
        int l = last;
        out.append(safe(() -> target(o, d, l))).append('\n');
      }
    }
    List<Integer> withNull = new ArrayList<>(List.of(1, 2, 3));
    withNull.add(null);
    withNull.add(5);
    out.append(safe(() -> target(withNull, 2, 3))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
