// expect: int[] party = bookings.stream().mapToInt(b -> b.adults() + b.children()).toArray();
import java.util.*;

public class Fixture {
  record Booking(String pitch, int adults, int children) {}

  /** Largest party, total guests, whether any party is crowded, and the smallest party or an error. */
  public static String target(List<Booking> bookings, int crowded) {
    List<Integer> party = bookings.stream().map(b -> b.adults() + b.children()).toList();
    int largest = party.stream().max(Integer::compare).orElse(0);
    int guests = party.stream().reduce(0, Integer::sum);
    boolean crowd = party.stream().anyMatch(p -> p >= crowded);
    boolean allPaired = party.stream().allMatch(p -> p % 2 == 0);
    long doubled = party.stream().mapToLong(p -> p * 2L).sum();
    int smallest = party.stream().min(Comparator.naturalOrder()).orElseThrow();
    return largest + " " + guests + " " + crowd + " " + allPaired + " " + doubled + " " + smallest;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Booking("p1", 2, 3), new Booking("p2", 1, 0), new Booking("p3", 4, 4)), 7))).append('\n');
    out.append(safe(() -> target(List.of(new Booking("big", Integer.MAX_VALUE, 1), new Booking("x", -3, 0)), 0))).append('\n');
    out.append(safe(() -> target(List.of(), 3))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) {
      // Helpful NullPointerException messages name internal locals; other messages are compared.
      return "threw " + e.getClass().getName() + (e instanceof NullPointerException ? "" : ": " + e.getMessage());
    }
  }
}
