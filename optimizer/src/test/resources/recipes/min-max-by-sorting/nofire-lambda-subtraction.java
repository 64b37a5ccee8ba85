import java.util.*;

public class Fixture {
  record Lap(String kart, int millis) {}

  /** a.millis() - b.millis() overflows for distant values: the sort's order is not the scan's. */
  public static String target(List<Lap> laps) {
    List<Lap> ranked = new ArrayList<>(laps);
    ranked.sort((a, b) -> a.millis() - b.millis());
    return ranked.get(0).kart() + " " + ranked.get(ranked.size() - 1).kart();
  }
}
