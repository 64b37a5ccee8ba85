package net.telco.radio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TowerSessionsWorkload {
  public static Supplier<Object> workload() {
    List<TowerSessions.Session> sessions = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      sessions.add(new TowerSessions.Session("26201" + (1_000_000 + i % 9_000), "cell-" + (i * 31) % 700,
          (i * 7_919L) % 50_000));
    }
    return () -> TowerSessions.byTower(sessions, 1_000);
  }
}
