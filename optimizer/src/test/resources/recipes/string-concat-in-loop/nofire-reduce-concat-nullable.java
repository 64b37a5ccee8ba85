import java.util.Arrays;
import java.util.List;

public class Fixture {
  record Seat(String rower) {}

  /** concat throws on an empty seat (null rower); joining would print "null" instead. */
  public static String target(List<Seat> seats) {
    return seats.stream().map(Seat::rower).reduce("", String::concat);
  }

  public static String check() {
    try { return target(Arrays.asList(new Seat("a"), new Seat(null))); }
    catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
