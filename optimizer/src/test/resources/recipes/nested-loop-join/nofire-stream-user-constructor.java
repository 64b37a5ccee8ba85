// refuses: creates an object whose constructor could change 'bays'
import java.util.*;

public class Fixture {
  record Bay(String code, int width) {}

  static final class Ticket {
    Ticket(List<Bay> bays, String code) {
      bays.removeIf(b -> b.code().equals(code));
    }
  }

  public static int target(List<Bay> bays, List<String> cars) {
    int parked = 0;
    List<Bay> view = bays;
    for (String car : cars) {
      if (bays.stream().anyMatch(b -> b.code().equals(car))) {
        parked++;
        new Ticket(view, car);
      }
    }
    return parked;
  }

  public static String check() {
    return String.valueOf(target(new ArrayList<>(List.of(new Bay("p1", 2))), List.of("p1", "p1")));
  }
}
