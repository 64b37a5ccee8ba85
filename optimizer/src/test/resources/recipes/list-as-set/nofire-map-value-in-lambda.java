import java.util.*;

public class Fixture {
  public static Map<Integer, List<String>> target(List<String> words) {
    Map<Integer, List<String>> byLength = new TreeMap<>();
    words.forEach(w -> {
      List<String> same = byLength.computeIfAbsent(w.length(), k -> new ArrayList<>());
      if (!same.contains(w)) same.add(w);
    });
    return byLength;
  }

  public static String check() {
    return String.valueOf(target(List.of("ox", "ox", "elk")));
  }
}
