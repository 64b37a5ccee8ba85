// expect: (pending.size() - pendingHead)
import java.util.*;

public class Fixture {
  record Job(String owner, int pages) {}

  /** Owners of the jobs printed within the page budget, first come first served; a job too big stops the run. */
  public static List<String> target(List<Job> jobs, int budget) {
    var pending = new ArrayList<Job>(jobs.size());
    pending.addAll(jobs);
    List<String> printed = new ArrayList<>();
    int left = budget;
    while (pending.size() > 0) {
      Job next = pending.remove(0);
      if (next.pages() > left) {
        printed.add("stopped with " + pending.size() + " waiting");
        break;
      }
      left -= next.pages();
      printed.add(next.owner());
      if (next.pages() == 0) {
        pending.remove(0);
      }
    }
    return printed;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Job> jobs = List.of(new Job("ann", 3), new Job("bob", 0), new Job("cyd", 2), new Job("dee", 9), new Job("eve", 1));
    out.append(safe(() -> target(jobs, 10))).append('\n');
    out.append(safe(() -> target(jobs, 100))).append('\n');
    out.append(safe(() -> target(List.of(new Job("x", 0)), 5))).append('\n');
    out.append(safe(() -> target(List.of(), 5))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
