// expect: Set<Integer> validCodesSet
import java.util.*;

public class Fixture {
  public static List<Integer> target(int[] codes, Integer[] validCodes) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < codes.length) {
      Integer code = codes[i] < 0 ? null : codes[i];
      for (Integer v : validCodes) {
        if (Objects.equals(v, code)) {
          out.add(code);
          break;
        }
      }
      i++;
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {1, 2, 300, 4000}, new Integer[] {2, 300, 4000}))).append('\n');
    out.append(safe(() -> target(new int[] {1, -1, 3}, new Integer[] {null, 3}))).append('\n');
    out.append(safe(() -> target(new int[] {1, -1, 3}, new Integer[] {3}))).append('\n');
    out.append(safe(() -> target(new int[] {1}, null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
