package buildtool.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

public final class ModuleOrderWorkload {
  public static Supplier<Object> workload() {
    List<String> modules = new ArrayList<>();
    Map<String, List<String>> dependsOn = new HashMap<>();
    for (int i = 0; i < 8_000; i++) {
      String name = "mod-" + i;
      modules.add(name);
      if (i % 4 == 3) {
        dependsOn.put(name, List.of("mod-" + (i - 1), "mod-" + (i * 7 % i)));
      }
    }
    return () -> ModuleOrder.buildOrder(modules, dependsOn);
  }
}
