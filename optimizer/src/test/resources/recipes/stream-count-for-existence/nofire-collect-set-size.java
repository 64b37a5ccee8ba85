import java.util.*;
import java.util.stream.Collectors;

public class Fixture {
  public static int target(List<String> names) {
    return names.stream().filter(n -> n.length() > 1).collect(Collectors.toSet()).size();
  }

  public static String check() {
    return String.valueOf(target(List.of("ab", "ab", "c")));
  }
}
