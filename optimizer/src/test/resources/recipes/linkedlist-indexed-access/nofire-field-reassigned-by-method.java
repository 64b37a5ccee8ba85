import java.util.*;

public class Fixture {
  private List<Integer> tracks = new LinkedList<>();

  Fixture(int... seconds) {
    for (int s : seconds) tracks.add(s);
  }

  /** Reassigns the field outside construction: a loop elsewhere could see the list swapped. */
  void restart() {
    tracks = new LinkedList<>();
  }

  int target() {
    int total = 0;
    for (int i = 0; i < tracks.size(); i++) {
      Integer t = tracks.get(i);
      total += t == null ? 0 : t;
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(new Fixture(180, 240, 95).target()).append('\n');
    out.append(new Fixture().target()).append('\n');
    return out.toString();
  }
}
