// expect: IS_PRODUCT_CODE_PATTERN.matcher(code.trim()).matches()
import java.util.List;

public class Fixture {
  private int seen;

  public int target(List<String> codes) {
    int valid = 0;
    for (String c : codes) {
      if (isProductCode(c)) {
        valid++;
      }
    }
    return valid + (int) codes.stream().filter(this::isProductCode).count();
  }

  private boolean isProductCode(String code) {
    seen++;
    return code.trim().matches("[A-Z]{2,3}-\\d{3,5}");
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(() -> f.target(List.of("AB-123", " XYZ-99999 ", "ab-123", "ABCD-1", "")))).append('\n');
    out.append(f.seen).append('\n');
    out.append(safe(() -> f.target(java.util.Arrays.asList("AB-123", null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
