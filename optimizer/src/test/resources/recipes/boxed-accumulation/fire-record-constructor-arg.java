// expect: long weight = 0L
import java.util.*;

public class Fixture {
  record Load(String truck, int kilos) {}

  record Summary(long weight, int trips) {}

  public static Summary target(List<Load> loads) {
    Long weight = 0L;
    Integer trips = 0;
    Iterator<Load> it = loads.iterator();
    while (it.hasNext()) {
      Load l = it.next();
      weight = weight + l.kilos();
      trips++;
    }
    return new Summary(weight, trips);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Load("a", 1200), new Load("b", -5), new Load("c", Integer.MAX_VALUE))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
