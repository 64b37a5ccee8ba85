// refuses: declared as a Collection
import java.util.*;

public class Fixture {
  record Berth(String vessel, int metres) {}

  /** The caller may pass a TreeSet ordered case-insensitively: its contains is not equals. */
  public static int target(List<Berth> berths, Collection<String> expected) {
    int metres = 0;
    for (Berth b : berths) {
      if (expected.contains(b.vessel())) {
        metres += b.metres();
      }
    }
    return metres;
  }

  public static String check() {
    Collection<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.add("Skerry Lass");
    return String.valueOf(target(List.of(new Berth("SKERRY LASS", 14), new Berth("Puffin", 9)), names));
  }
}
