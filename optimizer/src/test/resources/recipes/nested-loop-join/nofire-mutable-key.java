import java.util.*;

public class Fixture {
  static final class Slot {
    String owner;
    Slot(String owner) { this.owner = owner; }
    String getOwner() { return owner; }
  }

  public static int target(List<String> people, List<Slot> slots) {
    int n = 0;
    for (String p : people) {
      for (Slot s : slots) {
        if (p.equals(s.getOwner())) {
          n++;
        }
      }
    }
    return n;
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "b"), List.of(new Slot("a"), new Slot("b"))));
  }
}
