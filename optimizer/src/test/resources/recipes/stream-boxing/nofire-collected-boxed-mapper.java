import java.util.*;
import java.util.stream.*;

public class Fixture {
  record Gauge(String river, Double levelM) {}

  /** levelM() may be null: the boxed list holds it and only size() reads it, a double[] would throw. */
  public static String target(List<Gauge> gauges) {
    List<Double> levels = gauges.stream().map(Gauge::levelM).collect(Collectors.toList());
    long high = levels.isEmpty() ? 0 : levels.stream().filter(l -> l > 3.5).count();
    return levels.size() + " " + high;
  }
}
