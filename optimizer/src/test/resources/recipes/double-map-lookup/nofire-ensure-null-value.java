import java.util.*;

public class Fixture {
  public static String target(List<String> words, Map<String, List<String>> index) {
    for (String w : words) {
      if (!index.containsKey(w)) {
        index.put(w, new ArrayList<>());
      }
      index.get(w).add(w.toUpperCase());
    }
    return index.toString();
  }

  public static String check() {
    Map<String, List<String>> m = new HashMap<>();
    return target(List.of("a", "a"), m);
  }
}
