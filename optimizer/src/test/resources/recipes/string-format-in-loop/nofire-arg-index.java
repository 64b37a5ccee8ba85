import java.util.ArrayList;
import java.util.List;

public class Fixture {
  record Parcel(String name, double weight, int count) {}

  public static List<String> target(List<Parcel> parcels) {
    List<String> out = new ArrayList<>();
    for (Parcel p : parcels) {
      out.add(String.format("%1$s/%1$s", p.name()));
    }
    return out;
  }
}
