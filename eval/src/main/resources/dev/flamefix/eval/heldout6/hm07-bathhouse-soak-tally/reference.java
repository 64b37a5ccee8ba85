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
    int visits;
    long minutes;
    double spend;
  }

  public Tally tally(List<Visit> visits) {
    Map<String, Totals> byTicket = new HashMap<>();
    long totalMinutes = 0L;
    for (Visit visit : visits) {
      Totals totals = byTicket.computeIfAbsent(visit.ticket(), t -> new Totals());
      long minutes = (visit.outEpochSec() - visit.inEpochSec()) / 60;
      totals.visits++;
      totals.minutes += minutes;
      totals.spend += visit.spendYen();
      totalMinutes += minutes;
    }
    Map<String, Line> lines = new TreeMap<>();
    byTicket.forEach((ticket, t) -> lines.put(ticket, new Line(t.visits, t.minutes, t.spend)));
    return new Tally(lines, totalMinutes);
  }
}
