// expect: findCarrierIndexed(carriersByFindCarrier, carriers, s.carrierCode())
import java.util.*;

public class Fixture {
  record Carrier(String code, String name, int dailyCapacity) {}

  record Shipment(String id, String carrierCode, int parcels) {}

  /** One line per shipment: the first carrier listed with its code, or "unassigned". */
  public static List<String> target(List<Shipment> shipments, List<Carrier> carriers) {
    List<String> lines = new ArrayList<>();
    for (Shipment s : shipments) {
      Carrier c = findCarrier(carriers, s.carrierCode());
      if (c == null) {
        lines.add(s.id() + ": unassigned");
        continue;
      }
      lines.add(s.id() + ": " + c.name() + (s.parcels() > c.dailyCapacity() ? " (split)" : ""));
    }
    return lines;
  }

  private static Carrier findCarrier(List<Carrier> all, String code) {
    for (Carrier candidate : all) {
      if (candidate.code().equals(code)) {
        return candidate;
      }
    }
    return null;
  }

  public static String check() {
    List<Carrier> carriers = List.of(new Carrier("DHL", "Dee", 3), new Carrier("UPS", "You", 10), new Carrier("DHL", "Second", 99));
    List<Shipment> shipments = Arrays.asList(new Shipment("s1", "DHL", 5), new Shipment("s2", "FDX", 1),
        new Shipment("s3", "UPS", 2), new Shipment("s4", null, 1));
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(shipments, carriers))).append('\n');
    out.append(safe(() -> target(shipments, List.of()))).append('\n');
    out.append(safe(() -> target(List.of(), null))).append('\n');
    out.append(safe(() -> target(shipments, null))).append('\n');
    out.append(safe(() -> target(shipments, Arrays.asList(new Carrier("UPS", "You", 1), null)))).append('\n');
    out.append(safe(() -> target(shipments, Arrays.asList(new Carrier(null, "Nobody", 1), new Carrier("DHL", "Dee", 1))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
