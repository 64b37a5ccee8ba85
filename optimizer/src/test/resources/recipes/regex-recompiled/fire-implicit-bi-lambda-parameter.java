// expect: .matcher(code).replaceAll("")
import java.util.*;

public class Fixture {
  public static Map<String, String> target(Map<Integer, String> codesByAisle) {
    Map<String, String> out = new TreeMap<>();
    codesByAisle.forEach((aisle, code) -> out.put("A" + aisle, code.replaceAll("[^A-Z0-9]", "")));
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(Map.of(3, "sk-u 1/2", 7, "ZX 99")))).append('\n');
    out.append(safe(() -> target(Map.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
