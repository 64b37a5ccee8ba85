// expect: shiftsByNurse.getOrDefault(req.nurse(), List.of())
import java.util.*;

public class Fixture {
  public record Shift(String nurse, int day, int hours) {}

  public record Request(String nurse, int fromDay, int toDay) {}

  /** Hours worked inside each leave request's days: requests x shifts on the same nurse. */
  public static long target(List<Request> requests, List<Shift> shifts) {
    long clash = 0;
    for (Request req : requests) {
      for (Shift s : shifts) {
        int afterStart = s.day() - req.fromDay();
        int beforeEnd = req.toDay() - s.day();
        if (req.nurse().equals(s.nurse()) && afterStart >= 0 && beforeEnd >= 0) {
          clash += s.hours() * 10L + afterStart;
        }
      }
    }
    return clash;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Request> rq = List.of(new Request("ann", 1, 3), new Request("bo", 2, 2), new Request("ann", 5, 9));
    List<Shift> sh = List.of(new Shift("ann", 1, 8), new Shift("bo", 2, 12), new Shift("ann", 3, 6), new Shift(null, 2, 4), new Shift("ann", 6, 8));
    out.append(safe(() -> target(rq, sh))).append('\n');
    out.append(safe(() -> target(rq, List.of()))).append('\n');
    out.append(safe(() -> target(List.of(new Request(null, 0, 9)), sh))).append('\n');
    out.append(safe(() -> target(List.of(new Request(null, 0, 9)), List.of()))).append('\n');
    out.append(safe(() -> target(rq, Arrays.asList(new Shift("ann", 1, 1), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
