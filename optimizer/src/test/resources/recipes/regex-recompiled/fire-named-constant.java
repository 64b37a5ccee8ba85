// expect: VOUCHER_CODE_PATTERN.matcher(code).matches()
import java.util.*;

public class Fixture {
  private static final String VOUCHER_CODE = "[A-Z]{3}-\\d{4}";
  private static final String SEPARATORS = "[;|]+";

  public static int target(List<String> codes) {
    int valid = 0;
    for (String code : codes) {
      if (code.matches(VOUCHER_CODE)) {
        valid += code.replaceAll(SEPARATORS, "").length();
      }
    }
    return valid;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("ABC-1234", "abc-1234", "XYZ-0000", "", "QQ-12")))).append('\n');
    out.append(safe(() -> target(Arrays.asList("ABC-1234", null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
