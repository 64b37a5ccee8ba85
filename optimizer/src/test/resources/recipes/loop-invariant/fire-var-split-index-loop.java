// expect: wordsOnce = query.toLowerCase().trim().split(" ")
import java.util.*;

public class Fixture {
  public static int target(String[] documents, String query) {
    int hits = 0;
    for (int d = 0; d < documents.length; d++) {
      var words = query.toLowerCase().trim().split(" ");
      String doc = documents[d].toLowerCase();
      for (int w = 0; w < words.length; w++) {
        if (doc.contains(words[w])) hits++;
      }
    }
    return hits;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new String[] {"Red Fox", "blue whale", "RED whale"}, " Red Whale "))).append('\n');
    out.append(safe(() -> target(new String[0], null))).append('\n');
    out.append(safe(() -> target(new String[] {"x"}, null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
