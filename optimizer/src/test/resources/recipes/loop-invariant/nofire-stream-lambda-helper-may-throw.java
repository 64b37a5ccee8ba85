import java.util.*;

public class Fixture {
  /**
   * Parcel lockers: the quota helper is pure but divides by the slot count; for no lockers and no
   * slots the original answers 0, while computing the quota before the pipeline would throw.
   */
  record Locker(String id, int parcels) {}

  private static int quota(int total, int slots) {
    return total / slots;
  }

  public static long target(List<Locker> lockers, int total, int slots) {
    return lockers.stream().filter(l -> l.parcels() > quota(total, slots)).count();
  }

  public static String check() {
    return String.valueOf(target(List.of(), 10, 0));
  }
}
