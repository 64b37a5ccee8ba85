// ',' is grouped only for Locale.ROOT and Locale.US, whose separator and group size the rewrite knows: refused.
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

public class Fixture {
  record Shipment(String port, long tonnes) {}

  public static List<String> target(List<Shipment> shipments) {
    List<String> out = new ArrayList<>();
    for (Shipment s : shipments) {
      out.add(String.format(Locale.ENGLISH, "%s %,d", s.port(), s.tonnes()));
    }
    return out;
  }

  public static String check() {
    return String.join(";", target(List.of(new Shipment("Rotterdam", 1234567))));
  }
}
