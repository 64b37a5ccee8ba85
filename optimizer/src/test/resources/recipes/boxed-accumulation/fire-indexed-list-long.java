// expect: Objects.checkIndex(level, feesAcc.length)] += t.fee();
import java.util.*;

public class Fixture {
  record Ticket(int level, long fee) {}

  /** Parking fees per garage level, summed in a list of boxes. */
  public static List<Long> target(int levels, List<Ticket> tickets) {
    List<Long> fees = new ArrayList<>();
    for (int l = 0; l < levels; l++) fees.add(0L);
    for (Ticket t : tickets) {
      int level = t.level();
      if (level < 0) continue;
      fees.set(level, fees.get(level) + t.fee());
    }
    fees.add(-1L);
    return fees;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Ticket> day = List.of(new Ticket(0, 300), new Ticket(2, Long.MAX_VALUE), new Ticket(2, 5), new Ticket(-1, 9),
        new Ticket(1, Long.MIN_VALUE), new Ticket(1, -7), new Ticket(0, 12));
    out.append(safe(() -> target(3, day))).append('\n');
    out.append(safe(() -> target(0, List.of()))).append('\n');
    out.append(safe(() -> target(2, day))).append('\n');
    out.append(safe(() -> target(2, List.of(new Ticket(5, 1))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try {
      return String.valueOf(s.get());
    } catch (RuntimeException e) {
      return "threw " + e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
