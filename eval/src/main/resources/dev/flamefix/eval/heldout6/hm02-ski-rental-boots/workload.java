package skirental.fitting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class BootRackWorkload {
  public static Supplier<Object> workload() {
    String[] flexes = {"soft", "medium", "stiff"};
    List<BootRack.Boot> boots = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      boots.add(new BootRack.Boot("B" + i, 235 + 5 * (i % 14), flexes[(i / 14) % 3], i % 9 == 4));
    }
    List<BootRack.Request> requests = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      requests.add(new BootRack.Request("guest-" + i, 230 + 5 * ((i * 11) % 17), flexes[(i * 5) % 3]));
    }
    BootRack rack = new BootRack(boots);
    return () -> rack.canFit(requests);
  }
}
