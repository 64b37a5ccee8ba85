// expect: Comparator<Slot> order = Comparator.comparingInt(Slot::day).thenComparingInt(Slot::hour);
import java.util.*;

public class Fixture {
  record Slot(String clinic, int day, int hour) {}

  public static String target(List<List<Slot>> clinics) {
    StringBuilder sb = new StringBuilder();
    for (List<Slot> free : clinics) sb.append(earliest(free)).append(';');
    return sb.toString();
  }

  private static Slot earliest(List<Slot> free) {
    List<Slot> byTime = new ArrayList<>(free);
    byTime.sort(Comparator.comparingInt(Slot::day).thenComparingInt(Slot::hour));
    return byTime.isEmpty() ? null : byTime.get(0);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Slot> a = List.of(new Slot("north", 3, 9), new Slot("south", 2, 15), new Slot("east", 2, 8), new Slot("west", 2, 8));
    out.append(safe(() -> target(List.of(a, List.of(), List.of(new Slot("only", 1, 1)))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
