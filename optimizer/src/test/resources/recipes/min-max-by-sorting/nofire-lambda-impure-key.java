import java.util.*;

public class Fixture {
  static final class Meter {
    private int reads;
    final String id;

    Meter(String id) { this.id = id; }

    int reading() { return ++reads; }
  }

  /** reading() changes the meter: how often the comparator runs is observable. */
  public static String target(List<Meter> meters) {
    List<Meter> ranked = new ArrayList<>(meters);
    ranked.sort((a, b) -> Integer.compare(a.reading(), b.reading()));
    return ranked.isEmpty() ? "" : ranked.get(0).id + ranked.size();
  }
}
