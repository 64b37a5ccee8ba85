import java.util.*;

public class Fixture {
  record Carrier(String code, boolean active) {}

  public static int target(List<String> codes, List<Carrier> carriers) {
    int found = 0;
    for (String code : codes) {
      if (findActive(carriers, code) != null) found++;
    }
    return found;
  }

  private static Carrier findActive(List<Carrier> all, String code) {
    for (Carrier c : all) {
      if (c.code().equals(code) && c.active()) return c;
    }
    return null;
  }

  public static String check() {
    return String.valueOf(target(List.of("a"), List.of(new Carrier("a", false), new Carrier("a", true))));
  }
}
