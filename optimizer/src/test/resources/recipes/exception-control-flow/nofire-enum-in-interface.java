// refuses: is in an interface
import java.util.*;

public interface Fixture {
  enum Stitch { PURL, KNIT, CABLE }

  /** An interface cannot have the private member class that would hold the names. */
  static int target(List<String> stitches) {
    int unknown = 0;
    for (String s : stitches) {
      try {
        Stitch.valueOf(s);
      } catch (IllegalArgumentException e) {
        unknown++;
      }
    }
    return unknown;
  }

  static String check() {
    return String.valueOf(target(List.of("KNIT", "moss")));
  }
}
