// refuses: or one of
import java.util.*;

public class Fixture {
  enum Pitch { GRASS, CLAY, HARD }

  /** A Throwable catch would also see an Error from the enum's initialisation, which the pre-check starts outside the try. */
  public static int target(List<String> pitches) {
    int unknown = 0;
    for (String p : pitches) {
      try {
        Pitch.valueOf(p);
      } catch (Throwable t) {
        unknown++;
      }
    }
    return unknown;
  }

  public static String check() {
    return String.valueOf(target(List.of("CLAY", "sand")));
  }
}
