// expect: ThreadLocal.withInitial(() -> {
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class Fixture {
  public static List<String> target(double[] shares) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < shares.length) {
      NumberFormat pct = NumberFormat.getPercentInstance(Locale.FRANCE);
      pct.setMinimumFractionDigits(1);
      pct.setMaximumFractionDigits(2);
      out.add(i + ":" + pct.format(shares[i]));
      i++;
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new double[] {0.5, 0.12345, -1.0, Double.NaN, 1e9}))).append('\n');
    out.append(safe(() -> target(new double[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
