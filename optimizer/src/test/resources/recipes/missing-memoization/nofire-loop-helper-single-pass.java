import java.util.*;

public class Fixture {
  /** Counts CSS tokens that are hex colours; tokens repeat, but checking one is a single pass over it. */
  public static int target(List<String> tokens) {
    int colours = 0;
    for (String t : tokens) if (isHexColour(t)) colours++;
    return colours;
  }

  private static boolean isHexColour(String token) {
    if (token.length() != 7 || token.charAt(0) != '#') return false;
    for (int i = 1; i < token.length(); i++) {
      if (Character.digit(token.charAt(i), 16) < 0) return false;
    }
    return true;
  }

  public static String check() {
    return String.valueOf(target(List.of("#ff00aa", "red", "#ff00aa", "#12345g")));
  }
}
