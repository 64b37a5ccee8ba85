// expect: if (certainlyNotAspect(text)) {
import java.util.*;

public class Fixture {
  enum Aspect { RED, AMBER, GREEN, FLASHING_AMBER }

  /** "signal:aspect" reports from a railway interlocking; unknown aspects are counted, not summed. */
  public static String target(List<String> reports) {
    Map<Aspect, Integer> seen = new EnumMap<>(Aspect.class);
    int garbled = 0;
    for (String report : reports) {
      String[] parts = report.split(":");
      Aspect aspect;
      try {
        aspect = Aspect.valueOf(parts[1].trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException notAnAspect) {
        garbled++;
        continue;
      }
      seen.merge(aspect, 1, Integer::sum);
    }
    return seen + " garbled=" + garbled;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("S1:red", "S2: Amber ", "S3:GREEN", "S4:", "S5:E17", "S6:flashing_amber",
        "S7:flashing amber", "S8:Red", "S9:green\u0000", "S10:ordinal", "S11:RED ")))).append('\n');
    // No aspect field at all: the index error escapes the try in both versions.
    out.append(safe(() -> target(List.of("S1:red", "S2")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
