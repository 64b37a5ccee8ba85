import java.util.*;

public class Fixture {
  public static String target(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    Collections.sort(sorted);
    return sorted.isEmpty() ? "" : sorted.get(0) + ".." + sorted.get(sorted.size() - 1);
  }
}
