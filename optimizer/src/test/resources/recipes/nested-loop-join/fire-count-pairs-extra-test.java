// expect: departuresByAirport.getOrDefault(in.airport(), List.of())
import java.util.*;

public class Fixture {
  public record Flight(String number, String airport, int minuteOfDay) {}

  public static int target(List<Flight> arrivals, List<Flight> departures, int minLayover, int maxLayover) {
    int count = 0;
    for (Flight in : arrivals) {
      for (Flight out : departures) {
        int layover = out.minuteOfDay() - in.minuteOfDay();
        if (in.airport().equals(out.airport()) && layover >= minLayover && layover <= maxLayover) {
          count++;
        }
      }
    }
    return count;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Flight> arr = List.of(new Flight("A1", "FRA", 600), new Flight("A2", "MUC", 610), new Flight("A3", "FRA", 700));
    List<Flight> dep = List.of(new Flight("D1", "FRA", 650), new Flight("D2", "FRA", 760), new Flight("D3", "MUC", 620), new Flight("D4", null, 650));
    out.append(safe(() -> target(arr, dep, 30, 120))).append('\n');
    out.append(safe(() -> target(arr, List.of(), 30, 120))).append('\n');
    out.append(safe(() -> target(List.of(new Flight("X", null, 1)), dep, 0, 1000))).append('\n');
    out.append(safe(() -> target(List.of(new Flight("X", null, 1)), List.of(), 0, 1000))).append('\n');
    out.append(safe(() -> target(arr, Arrays.asList(new Flight("D1", "FRA", 650), null), 0, 1000))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
