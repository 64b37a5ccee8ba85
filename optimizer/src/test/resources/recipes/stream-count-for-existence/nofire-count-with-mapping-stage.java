import java.util.*;

public class Fixture {
  public static boolean target(List<String> names) {
    // The map stage throws for a null element after the first match; anyMatch would skip it.
    return names.stream().mapToInt(String::length).filter(n -> n > 3).count() > 0;
  }

  public static String check() {
    return String.valueOf(target(List.of("abcd")));
  }
}
