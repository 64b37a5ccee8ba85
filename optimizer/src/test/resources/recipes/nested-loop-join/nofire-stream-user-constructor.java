// refuses: creates an object whose constructor could change 'bays'
import java.util.*;

public class Fixture {
  record Bay(String code, int width) {}

  static List<Bay> lot = new ArrayList<>();

  static final class Ticket {
    Ticket(String code) {
      lot.removeIf(b -> b.code().equals(code));
    }
  }

  public static int target(List<Bay> bays, List<String> cars) {
    int parked = 0;
    for (String car : cars) {
      if (bays.stream().anyMatch(b -> b.code().equals(car))) {
        parked++;
        new Ticket(car);
      }
    }
    return parked;
  }

  public static String check() {
    lot = new ArrayList<>(List.of(new Bay("p1", 2)));
    return String.valueOf(target(lot, List.of("p1", "p1")));
  }
}
