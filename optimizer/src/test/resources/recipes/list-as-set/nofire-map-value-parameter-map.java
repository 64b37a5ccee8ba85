// refuses: is not a local map created empty by the method
import java.util.*;

public class Fixture {
  public static Map<String, List<String>> target(Map<String, List<String>> shelves, List<String[]> books) {
    for (String[] b : books) {
      List<String> titles = shelves.computeIfAbsent(b[0], k -> new ArrayList<>());
      if (!titles.contains(b[1])) titles.add(b[1]);
    }
    return shelves;
  }

  public static String check() {
    Map<String, List<String>> m = new HashMap<>();
    m.put("s1", new ArrayList<>(List.of("dune")));
    return String.valueOf(target(m, List.of(new String[] {"s1", "dune"}, new String[] {"s1", "emma"})));
  }
}
