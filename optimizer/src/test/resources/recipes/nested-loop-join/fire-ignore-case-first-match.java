// expect: new TreeMap<>(String.CASE_INSENSITIVE_ORDER)
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Fixture {
  public record Bin(String label, String aisle) {}

  /** The aisle of the first bin whose label equals each pick's label ignoring case. */
  public static List<String> target(List<String> picks, List<Bin> bins) {
    List<String> out = new ArrayList<>();
    for (String pick : picks) {
      String label = pick.substring(pick.indexOf('#') + 1);
      String aisle = "(unknown)";
      for (Bin b : bins) {
        if (b.label().equalsIgnoreCase(label)) {
          aisle = b.aisle();
          break;
        }
      }
      out.add(aisle);
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Bin> bins = List.of(new Bin("ab-12", "A1"), new Bin("AB-12", "A2"), new Bin("Kx", "K1"), new Bin("", "E"),
        new Bin("straße", "S1"));
    List<Bin> ascii = List.of(new Bin("ab-12", "A1"), new Bin("AB-12", "A2"), new Bin("Kx", "K1"), new Bin("", "E"),
        new Bin("iq", "I1"));
    List<String> picks = List.of("p#AB-12", "#ab-12", "x#kX", "#\u212Ax", "q#", "#IQ", "#\u0131q", "#\u0130q", "STRASSE#straße",
        "#STRAßE", "no-hash", "#zz");
    out.append(safe(() -> target(picks, bins))).append('\n');
    out.append(safe(() -> target(picks, ascii))).append('\n');
    out.append(safe(() -> target(picks, List.of(new Bin("\u212Ax", "KELVIN"), new Bin("kx", "K2"))))).append('\n');
    out.append(safe(() -> target(picks, List.of()))).append('\n');
    out.append(safe(() -> target(List.of(), bins))).append('\n');
    out.append(safe(() -> target(picks, Arrays.asList(new Bin("kx", "K"), null)))).append('\n');
    out.append(safe(() -> target(picks, Arrays.asList(new Bin("kx", "K"), new Bin(null, "N"))))).append('\n');
    out.append(safe(() -> target(Arrays.asList("#kx", null), ascii))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
