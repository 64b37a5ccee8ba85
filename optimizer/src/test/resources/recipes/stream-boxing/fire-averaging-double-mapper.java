// expect: mapToDouble(Parcel::kilos).average().orElse(0.0)
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

public class Fixture {
  record Parcel(String id, double kilos) {}

  public static String target(List<Parcel> parcels) {
    double mean = parcels.stream().filter(p -> !p.id().isEmpty()).collect(Collectors.averagingDouble(Parcel::kilos));
    return "mean " + mean;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Parcel("a", 1e16), new Parcel("b", 1.0), new Parcel("c", -1e16), new Parcel("d", 0.1))))).append('\n');
    out.append(safe(() -> target(List.of(new Parcel("", 3.0))))).append('\n');
    List<Parcel> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) many.add(new Parcel("p" + i, i * 0.1));
    out.append(safe(() -> target(many))).append('\n');
    out.append(safe(() -> target(List.of(new Parcel("x", Double.NaN))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
