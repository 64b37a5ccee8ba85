package streetfood.permits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

public final class PitchDeskWorkload {
  public static Supplier<Object> workload() {
    List<String> banned = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      banned.add((i % 2 == 0 ? "Deep-Fried " : "Raw ") + "Dish" + i);
    }
    Map<String, Integer> caps = new LinkedHashMap<>();
    for (int i = 0; i < 32; i++) {
      caps.put("Borough " + i, 2 + (i * 7) % 5);
    }
    PitchDesk.Rules rules = new PitchDesk.Rules(banned, caps, "  Borough 7 ");
    List<PitchDesk.Truck> trucks = new ArrayList<>();
    for (int i = 0; i < 1_400; i++) {
      String cuisine = i % 9 == 0 ? "deep-fried dish" + (i % 40) : "Noodles " + (i % 23);
      trucks.add(new PitchDesk.Truck("truck-" + i, cuisine, "borough " + (i % 12), i % 4));
    }
    PitchDesk desk = new PitchDesk();
    return () -> desk.approve(trucks, rules);
  }
}
