// expect: !(containsLikeList(blockedSet, blocked, host))
import java.util.*;

public class Fixture {
  public static List<String> target(List<String> hosts, List<String> blocked) {
    List<String> open = new ArrayList<>();
    for (String host : hosts) {
      if (blocked.indexOf(host) == -1) {
        open.add(host);
      } else if (blocked.indexOf(host) >= 0 && host != null && host.length() > 5) {
        open.add("sandbox:" + host);
      }
    }
    return open;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("a.org", "b.test", "c.net"), List.of("b.test", "c.net")))).append('\n');
    out.append(safe(() -> target(Arrays.asList("a.org", null), Arrays.asList((String) null)))).append('\n');
    out.append(safe(() -> target(List.of("a.org"), null))).append('\n');
    out.append(safe(() -> target(List.of(), null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
