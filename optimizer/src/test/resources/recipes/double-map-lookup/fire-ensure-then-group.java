// expect: byCourse.computeIfAbsent(course,  k -> new TreeSet<>()).add(e.student());
import java.util.*;

public class Fixture {
  record Enrolment(String student, String course, int year) {}

  public static String target(Iterable<Enrolment> enrolments, int year) {
    Map<String, Set<String>> byCourse = new LinkedHashMap<>();
    for (Enrolment e : enrolments) {
      if (e.year() != year) continue;
      String course = e.course().toUpperCase();
      if (!byCourse.containsKey(course)) {
        byCourse.put(course, new TreeSet<>());
      }
      byCourse.get(course).add(e.student());
    }
    return byCourse.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Enrolment("zoe", "math", 2024), new Enrolment("al", "art", 2024),
        new Enrolment("bo", "Math", 2024), new Enrolment("cy", "math", 2023)), 2024))).append('\n');
    out.append(safe(() -> target(List.of(new Enrolment(null, "x", 1)), 1))).append('\n');
    out.append(safe(() -> target(List.of(), 1))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
