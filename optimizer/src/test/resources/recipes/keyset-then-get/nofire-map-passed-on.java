import java.util.*;

public class Fixture {
  private final Map<String, Integer> quota = new HashMap<>();

  int target() {
    int used = 0;
    for (String team : quota.keySet()) {
      used += quota.get(team);
      rebalance(team);
    }
    return used;
  }

  private void rebalance(String team) {
    quota.remove(team);
  }
}
