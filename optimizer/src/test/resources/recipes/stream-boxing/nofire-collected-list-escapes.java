import java.util.*;
import java.util.stream.*;

public class Fixture {
  record Flight(String code, double delayMin) {}

  static final List<List<Double>> AUDIT = new ArrayList<>();

  /** The list is handed on: whoever holds it sees boxes. */
  public static double target(List<Flight> flights) {
    List<Double> delays = flights.stream().map(f -> f.delayMin() * 60).collect(Collectors.toList());
    AUDIT.add(delays);
    return delays.stream().max(Double::compare).orElse(0.0);
  }
}
