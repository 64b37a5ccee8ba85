// expect: Long fees = parcels.stream().filter(p -> p.weightGrams() > minGrams).mapToLong(Parcel::feeCents).sum();
import java.util.*;

public class Fixture {
  record Parcel(String id, int weightGrams, long feeCents) {}

  public static String target(List<Parcel> parcels, int minGrams) {
    Long fees = parcels.stream().filter(p -> p.weightGrams() > minGrams).map(Parcel::feeCents).reduce(0L, Long::sum);
    Long other = 0L;
    return fees + " " + (fees == other) + " " + fees.equals(0L) + " " + (fees == Long.valueOf(fees.longValue()));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(new Parcel("a", 500, 120), new Parcel("b", 1500, 900_000_000_000L), new Parcel("c", 2500, 7)), 1000)).append('\n');
    out.append(target(List.of(new Parcel("a", 500, 120)), 1000)).append('\n');
    out.append(target(List.of(new Parcel("a", 5000, 100)), 1000)).append('\n');
    out.append(target(List.of(), 0)).append('\n');
    out.append(safe(() -> target(null, 0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
