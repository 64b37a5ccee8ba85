import java.util.*;
import java.util.stream.*;

public class Fixture {
  /** A char[] lambda parameter: + prints its identity, append would print its characters. */
  public static List<Integer> target(List<char[]> keys, int copies) {
    return keys.stream().map(key -> {
      String s = "";
      for (int i = 0; i < copies; i++) {
        s += key;
      }
      return s.length() > 0 ? 1 : 0;
    }).collect(Collectors.toList());
  }

  public static String check() {
    return String.valueOf(target(List.of(new char[] {'a'}), 2));
  }
}
