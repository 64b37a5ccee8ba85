// expect: .min(Comparator.comparingLong(Ticket::ageMinutes).reversed())
import java.util.*;

public class Fixture {
  record Ticket(String id, long ageMinutes, boolean open) {}

  public static Optional<Ticket> target(List<Ticket> queue) {
    return queue.stream().filter(Ticket::open).sorted(Comparator.comparingLong(Ticket::ageMinutes).reversed()).findFirst();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Ticket("a", 5, true), new Ticket("b", 90, true), new Ticket("c", 90, true),
        new Ticket("d", 500, false))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(List.of(new Ticket("z", Long.MIN_VALUE, true), new Ticket("y", Long.MAX_VALUE, true))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Ticket("q", 1, true), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
