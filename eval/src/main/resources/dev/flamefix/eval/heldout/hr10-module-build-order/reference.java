package buildtool.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class ModuleOrder {

  private ModuleOrder() {}

  /**
   * The modules in an order that builds every dependency first; among modules that are ready at
   * the same time, the one that became ready first (then input order) goes first.
   *
   * @param dependsOn module -> the modules it depends on (all of them listed in {@code modules})
   * @throws IllegalStateException when the dependencies form a cycle
   */
  public static List<String> buildOrder(List<String> modules, Map<String, List<String>> dependsOn) {
    Map<String, Integer> waitingOn = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (String module : modules) {
      waitingOn.put(module, 0);
      dependents.put(module, new ArrayList<>());
    }
    for (String module : modules) {
      for (String dependency : dependsOn.getOrDefault(module, List.of())) {
        waitingOn.merge(module, 1, Integer::sum);
        dependents.get(dependency).add(module);
      }
    }
    ArrayDeque<String> ready = new ArrayDeque<>();
    for (String module : modules) {
      if (waitingOn.get(module) == 0) {
        ready.add(module);
      }
    }
    List<String> order = new ArrayList<>(modules.size());
    while (!ready.isEmpty()) {
      String next = ready.poll();
      order.add(next);
      for (String dependent : dependents.get(next)) {
        if (waitingOn.merge(dependent, -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    if (order.size() != modules.size()) {
      throw new IllegalStateException("dependency cycle among " + (modules.size() - order.size()) + " modules");
    }
    return order;
  }
}
