// refuses: 'slots' is used in the loop other than by the search
import java.util.*;

public class Fixture {
  record Slot(String label, int minutes) {}

  public static int target(List<Slot> slots, List<String> labels) {
    int total = 0;
    for (String label : labels) {
      Optional<Slot> slot = slots.stream().filter(s -> s.label().equals(label)).findFirst();
      if (slot.isEmpty()) {
        slots.add(new Slot(label, 5));
      } else {
        total += slot.get().minutes();
      }
    }
    return total;
  }

  public static String check() {
    List<Slot> slots = new ArrayList<>(List.of(new Slot("a", 1)));
    return String.valueOf(target(slots, List.of("a", "b", "b")));
  }
}
