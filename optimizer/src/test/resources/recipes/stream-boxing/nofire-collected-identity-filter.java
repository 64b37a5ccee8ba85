import java.util.*;
import java.util.stream.*;

public class Fixture {
  record Tile(String glaze, int kilnSlot) {}

  /** t == wanted compares Integer boxes by identity; on ints it would compare values. */
  public static long target(List<Tile> tiles, Integer wanted) {
    List<Integer> slots = tiles.stream().map(t -> t.kilnSlot() + 0).collect(Collectors.toList());
    return slots.stream().filter(s -> s == wanted).count();
  }
}
