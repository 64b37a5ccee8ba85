package net.telco.radio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class TowerSessions {

  public record Session(String imsi, String cellId, long bytes) {}

  private TowerSessions() {}

  /** The IMSIs of the sessions on each cell, in session order; sessions under minBytes ignored. */
  public static Map<String, List<String>> byTower(List<Session> sessions, long minBytes) {
    Map<String, List<String>> byCell = new HashMap<>();
    for (Session s : sessions) {
      if (s.bytes() >= minBytes) {
        byCell.computeIfAbsent(s.cellId(), cell -> new ArrayList<>()).add(s.imsi());
      }
    }
    return byCell;
  }
}
