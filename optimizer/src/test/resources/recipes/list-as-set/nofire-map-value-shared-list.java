import java.util.*;

public class Fixture {
  public static Map<String, List<String>> target(List<String[]> pairs) {
    List<String> overflow = new ArrayList<>();
    Map<String, List<String>> byHost = new HashMap<>();
    for (String[] p : pairs) {
      List<String> guests = byHost.computeIfAbsent(p[0], h -> overflow);
      if (!guests.contains(p[1])) guests.add(p[1]);
    }
    return byHost;
  }

  public static String check() {
    return String.valueOf(target(List.of(new String[] {"a", "x"}, new String[] {"b", "x"})));
  }
}
