import java.util.*;

public class Fixture {
  public static boolean target(List<String> names) {
    // findFirst throws when the selected element is null; anyMatch would return true.
    return names.stream().filter(n -> n == null || n.isEmpty()).findFirst().isPresent();
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "")));
  }
}
