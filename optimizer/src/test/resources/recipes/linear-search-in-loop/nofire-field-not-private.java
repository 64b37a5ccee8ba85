import java.util.*;

public class Fixture {
  final List<String> heldShipments = new ArrayList<>();

  int target(List<String> manifests) {
    int cleared = 0;
    for (String m : manifests) {
      if (!heldShipments.contains(m)) cleared++;
    }
    return cleared;
  }

  public static String check() {
    Fixture f = new Fixture();
    f.heldShipments.add("M-9");
    return String.valueOf(f.target(List.of("M-1", "M-9")));
  }
}
