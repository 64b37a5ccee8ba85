import java.util.*;

public class Fixture {
  static int lookups;

  record Parcel(String id, int grams) {
    int weighed() {
      lookups++;
      return grams;
    }
  }

  public static Parcel target(List<Parcel> parcels) {
    List<Parcel> light = new ArrayList<>(parcels);
    light.sort(Comparator.comparingInt(Parcel::weighed));
    return light.isEmpty() ? null : light.get(0);
  }
}
