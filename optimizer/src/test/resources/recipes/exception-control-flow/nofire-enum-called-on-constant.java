import java.util.*;

public class Fixture {
  enum Tool { SAW, PLANE, CHISEL }

  /** valueOf called through a constant: the names holder could not name the type this way. */
  @SuppressWarnings("static-access")
  public static int target(List<String> tools) {
    int unknown = 0;
    for (String t : tools) {
      try {
        Tool.SAW.valueOf(t);
      } catch (IllegalArgumentException e) {
        unknown++;
      }
    }
    return unknown;
  }

  public static String check() {
    return String.valueOf(target(List.of("SAW", "adze")));
  }
}
