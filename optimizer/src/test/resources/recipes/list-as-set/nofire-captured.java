import java.util.*;

public class Fixture {
  public static List<String> target(List<String> words) {
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!kept.contains(w)) {
        kept.add(w);
      }
      words.stream().filter(x -> x.length() > 3).forEach(x -> kept.add(x));
    }
    return kept;
  }

  public static String check() {
    return String.valueOf(target(List.of("alpha", "b")));
  }
}
