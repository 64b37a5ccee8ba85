// refuses: may share its list
import java.util.*;

public class Fixture {
  /**
   * Orienteering control log: 'punched' is a read-only view of 'log', which the loop grows, so a
   * HashSet of 'punched' taken before the loop would miss every control punched during it.
   */
  public static int target(List<String> punches, List<String> start) {
    List<String> log = new ArrayList<>(start);
    List<String> punched = Collections.unmodifiableList(log);
    int repeats = 0;
    for (String control : punches) {
      if (punched.contains(control)) {
        repeats++;
      }
      log.add(control);
    }
    return repeats;
  }

  public static String check() {
    return target(List.of("31", "32", "31", "40", "32"), List.of("40")) + " " + target(List.of("1", "1"), List.of());
  }
}
