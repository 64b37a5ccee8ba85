package pharmacy.dispensing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class InteractionScreenWorkload {
  public static Supplier<Object> workload() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      codes.add("C" + (10 + i % 90) + "X" + (char) ('A' + i % 26) + (100 + i));
    }
    InteractionScreen screen = new InteractionScreen(codes);
    List<InteractionScreen.Prescription> scripts = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String code = "C" + (10 + (i * 7) % 90) + "X" + (char) ('A' + (i * 3) % 26) + (100 + (i * 13) % 1_800);
      scripts.add(new InteractionScreen.Prescription("rx" + i, "pt" + i % 300, code, 1 + i % 60));
    }
    return () -> screen.held(scripts);
  }
}
