// An element may be null: the original throws only if an update reaches it, a copy into an array would throw at once.
import java.util.*;

public class Fixture {
  public static String target(Integer seed, int[] seats) {
    List<Integer> booked = new ArrayList<>();
    booked.add(0);
    booked.add(seed);
    for (int s : seats) {
      booked.set(0, booked.get(0) + s);
    }
    return booked.toString();
  }

  public static String check() {
    return target(null, new int[] {2, 3});
  }
}
