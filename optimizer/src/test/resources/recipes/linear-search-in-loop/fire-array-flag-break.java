// expect: new HashSet<>(Arrays.asList(
import java.util.*;

public class Fixture {
  public static int target(String[] words, String[] stopWords) {
    int kept = 0;
    for (String w : words) {
      boolean stop = false;
      for (String s : stopWords) {
        if (s.equals(w)) {
          stop = true;
          break;
        }
      }
      if (!stop) kept += w == null ? 100 : w.length();
    }
    return kept;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new String[] {"the", "cat", "a", "dog"}, new String[] {"a", "the"}))).append('\n');
    out.append(safe(() -> target(new String[] {"x", null, "y"}, new String[] {"y"}))).append('\n');
    out.append(safe(() -> target(new String[] {"x", "y"}, new String[] {"y", null}))).append('\n');
    out.append(safe(() -> target(new String[] {"y", "x"}, new String[] {"y", null}))).append('\n');
    out.append(safe(() -> target(new String[] {"x"}, null))).append('\n');
    out.append(safe(() -> target(new String[0], null))).append('\n');
    out.append(safe(() -> target(new String[] {"q"}, new String[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
