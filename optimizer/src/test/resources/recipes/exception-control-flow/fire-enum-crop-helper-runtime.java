// expect: if (certainlyNotCrop(name)) {
import java.util.*;

public class Fixture {
  enum Crop { WHEAT, BARLEY, OATS, RAPESEED }

  /** Field names from a farm survey: how many name a crop the co-operative buys. */
  public static int target(List<String> names) {
    int known = 0;
    for (String name : names) {
      if (isCrop(name)) known++;
    }
    return known;
  }

  static boolean isCrop(String name) {
    try {
      Crop.valueOf(name);
      return true;
    } catch (RuntimeException notACrop) {
      // Also catches valueOf(null)'s NullPointerException: the pre-check must leave null to valueOf.
      return false;
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(Arrays.asList("WHEAT", "wheat", "OATS", null, "", "RAPESEED", "Barley", "BARLEY ", "values")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
