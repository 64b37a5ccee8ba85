// Formatter prints a negative short in hex modulo 2^16 (ffff), Integer.toHexString would print ffffffff: refused.
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  record Parcel(String name, double weight, short count) {}

  public static List<String> target(List<Parcel> parcels) {
    List<String> out = new ArrayList<>();
    for (Parcel p : parcels) {
      out.add(String.format("%X", p.count()));
    }
    return out;
  }
}
