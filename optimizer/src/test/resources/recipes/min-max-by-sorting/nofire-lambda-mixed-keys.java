import java.util.*;

public class Fixture {
  record Tank(String name, int litres, int capacity) {}

  /** Compares one tank's litres with the other's capacity: not an order of one key. */
  public static String target(List<Tank> tanks) {
    List<Tank> ranked = new ArrayList<>(tanks);
    ranked.sort((a, b) -> Integer.compare(a.litres(), b.capacity()));
    return ranked.isEmpty() ? "" : ranked.get(0).name();
  }
}
