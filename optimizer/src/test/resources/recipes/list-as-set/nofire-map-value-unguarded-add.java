// refuses: is not only the first statement under
import java.util.*;

public class Fixture {
  public static Map<Character, List<String>> target(List<String> words) {
    Map<Character, List<String>> byInitial = new HashMap<>();
    for (String w : words) {
      List<String> group = byInitial.computeIfAbsent(w.charAt(0), k -> new ArrayList<>());
      if (!group.contains(w)) group.add(w);
      if (w.length() > 4) group.add(w.toUpperCase());
    }
    return byInitial;
  }

  public static String check() {
    return String.valueOf(target(List.of("apple", "APPLE", "apple", "ant")));
  }
}
