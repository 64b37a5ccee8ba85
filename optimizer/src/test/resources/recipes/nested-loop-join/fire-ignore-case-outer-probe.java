// expect: new TreeMap<>(String.CASE_INSENSITIVE_ORDER)
import java.util.Arrays;
import java.util.List;

public class Fixture {
  public record Port(String code, int berths) {}

  /** Total berths of the ports each voyage calls at, codes compared ignoring case; the probe is the receiver. */
  public static int target(List<String> calls, List<Port> ports) {
    int berths = 0;
    for (String call : calls) {
      for (Port p : ports) {
        if (call.equalsIgnoreCase(p.code())) {
          berths += p.berths();
        }
      }
    }
    return berths;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Port> ports = List.of(new Port("NLRTM", 40), new Port("nlrtm", 2), new Port("SGSIN", 60), new Port("DEHAM", 30));
    List<String> calls = List.of("nlRTM", "SgSin", "DEHAM", "xxhkg", "", "DE\u0130AM");
    out.append(safe(() -> target(calls, ports))).append('\n');
    out.append(safe(() -> target(calls, List.of(new Port("SG\u017FIN", 5), new Port("sgsin", 7))))).append('\n');
    out.append(safe(() -> target(Arrays.asList("sgsin", null), ports))).append('\n');
    out.append(safe(() -> target(Arrays.asList("sgsin", null), List.of()))).append('\n');
    out.append(safe(() -> target(calls, Arrays.asList(new Port(null, 1), new Port("DEHAM", 3))))).append('\n');
    out.append(safe(() -> target(calls, Arrays.asList(new Port("DEHAM", 3), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
