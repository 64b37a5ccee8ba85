package onsen.gates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class SoakTally {

  /** One visit read at the exit turnstile. */
  public record Visit(String ticket, long inEpochSec, long outEpochSec, double spendYen) {}

  /** Per ticket type: visits, total soak minutes (rounded down per visit), total spend. */
  public record Line(int visits, long soakMinutes, double spendYen) {}

  /** The tally per ticket type (in name order) and the minutes over all types. */
  public record Tally(Map<String, Line> byTicket, long totalMinutes) {}

  private static final class Totals {
    Integer visits = 0;
    Long minutes = 0L;
    Double spend = 0.0;
  }

  public Tally tally(List<Visit> visits) {
    Map<String, Totals> byTicket = new HashMap<>();
    Long totalMinutes = 0L;
    for (Visit visit : visits) {
      Totals totals = byTicket.computeIfAbsent(visit.ticket(), t -> new Totals());
      long minutes = (visit.outEpochSec() - visit.inEpochSec()) / 60;
      totals.visits++;
      totals.minutes += minutes;
      totals.spend += visit.spendYen();
      totalMinutes += minutes;
    }
    Map<String, Line> lines = new TreeMap<>();
    for (Map.Entry<String, Totals> e : byTicket.entrySet()) {
      Totals t = e.getValue();
      lines.put(e.getKey(), new Line(t.visits, t.minutes, t.spend));
    }
    return new Tally(lines, totalMinutes);
  }
}
