import java.util.*;

public class Fixture {
  record Seat(int row, String label) {}

  public static Seat target(List<Seat> seats) {
    List<Seat> order = new ArrayList<>(seats);
    order.sort(Comparator.comparingInt(Seat::row).thenComparing(Seat::label));
    return order.isEmpty() ? null : order.get(0);
  }
}
