import java.util.*;

public class Fixture {
  record Carrier(String code, String name) {}

  public static int target(List<String> codes, List<Carrier> carriers) {
    int found = 0;
    for (String code : codes) {
      if (find(carriers, code) != null) found++;
      else carriers.add(new Carrier(code, "new"));
    }
    return found;
  }

  private static Carrier find(List<Carrier> all, String code) {
    for (Carrier c : all) {
      if (c.code().equals(code)) return c;
    }
    return null;
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "a"), new ArrayList<>()));
  }
}
