import java.util.*;

public class Fixture {
  public static boolean target(List<String> names, String wanted) {
    // A null after the first match throws here; anyMatch would return true instead.
    return names.stream().filter(n -> n.equals(wanted)).count() > 0;
  }

  public static String check() {
    return String.valueOf(target(List.of("a"), "a"));
  }
}
