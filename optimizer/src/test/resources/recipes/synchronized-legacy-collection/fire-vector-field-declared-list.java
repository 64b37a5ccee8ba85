// expect: private final List<String> stops = new ArrayList<>(List.of("depot"));
import java.util.*;

public class Fixture {
  private final List<String> stops = new Vector<>(List.of("depot"));

  Fixture(String... route) {
    stops.addAll(Arrays.asList(route));
  }

  int target(String stop) {
    int hops = 0;
    for (String s : stops) {
      if (s.equals(stop)) return hops;
      hops++;
    }
    return stops.isEmpty() ? -2 : -1;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture("mill", "harbour", "square");
    out.append(f.target("harbour")).append(f.target("depot")).append(f.target("nowhere")).append('\n');
    out.append(new Fixture().target("depot")).append('\n');
    return out.toString();
  }
}
