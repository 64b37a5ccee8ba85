// expect: System.arraycopy(names, 0, grown, 0, names.length);
import java.util.*;

public class Fixture {
  public static String target(List<String> input) {
    CharSequence[] names = new CharSequence[0];
    for (String s : input) {
      CharSequence[] grown = new CharSequence[names.length + 1];
      String note = "growing";
      for (int k = 0; k < names.length; ++k) grown[k] = names[k];
      grown[names.length] = s;
      names = grown;
    }
    return Arrays.toString(names) + names.getClass().getSimpleName();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(Arrays.asList("a", null, "c")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
