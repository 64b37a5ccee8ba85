// expect: for (String previous = pairs.next(), current; pairs.hasNext(); previous = current)
import java.util.*;

public class Fixture {
  /** Links in a word chain: the next word starts with the letter the previous one ended with. */
  public static int target(LinkedList<String> words) {
    int links = 0;
    for (int i = 1; i < words.size(); i++) {
      String before = words.get(i - 1);
      if (before == null || before.isEmpty()) continue;
      String after = words.get(i);
      if (after == null) break;
      if (!after.isEmpty() && after.charAt(0) == before.charAt(before.length() - 1)) links++;
    }
    return links;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new LinkedList<>(Arrays.asList("apple", "eagle", "", "egg", "goat", "tiger", null, "rat"))))).append('\n');
    out.append(safe(() -> target(new LinkedList<>(List.of("solo"))))).append('\n');
    out.append(safe(() -> target(new LinkedList<>()))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
