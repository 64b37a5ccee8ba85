// expect: boolean urgent = queue.stream().anyMatch(j -> "rush".equals(j.priority()) && j.pages() > 0);
import java.util.*;

public class Fixture {
  /** A print job: its customer, priority tag (may be absent) and page count. */
  public record PrintJob(String customer, String priority, int pages) {}

  /** Print-shop queue summary: how many jobs, and whether a rush job is waiting. */
  public static String target(Collection<PrintJob> waiting) {
    List<PrintJob> queue = List.copyOf(waiting);
    long urgent = queue.stream().filter(j -> "rush".equals(j.priority()) && j.pages() > 0).count();
    return queue.size() + (urgent > 0 ? " jobs, rush waiting" : " jobs");
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new PrintJob("ada", null, 3), new PrintJob("bo", "rush", 12))))).append('\n');
    out.append(safe(() -> target(List.of(new PrintJob("ada", "rush", 0), new PrintJob("cy", "normal", 5))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new PrintJob("x", "rush", 1), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
