// expect: Math.max(targetMemo(tag, masked, from + 1, to, memo)
import java.util.*;

public class Fixture {
  /** Length of the longest palindromic subsequence of a tag, skipping the positions listed as masked. */
  public static int target(String tag, List<Boolean> masked, int from, int to) {
    if (from > to) return 0;
    if (masked.get(from)) return 0;
    if (from == to) return 1;
    if (tag.charAt(from) == tag.charAt(to)) return 2 + target(tag, masked, from + 1, to - 1);
    return Math.max(target(tag, masked, from + 1, to), target(tag, masked, from, to - 1));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target("character-maracas", Collections.nCopies(18, false), 0, 17))).append(',');
    out.append(safe(() -> target("abcdeedcbaxyzzyxq", Collections.nCopies(17, false), 0, 16))).append(',');
    out.append(safe(() -> target("abcba", List.of(false, false, true, false, false), 0, 4))).append(',');
    out.append(safe(() -> target("ab", Collections.nCopies(6, false), 0, 5))).append(',');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
