package laundry.machines;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public final class CycleTelemetry {

  public enum Phase { FILL, WASH, RINSE, SPIN, DRY, COOL }

  /** Seconds per phase (only phases that were seen) and how many records carried no known phase. */
  public record Summary(Map<Phase, Long> secondsByPhase, int unknownRecords) {}

  private static final Map<String, Phase> PHASES_BY_NAME = new HashMap<>();

  static {
    for (Phase phase : Phase.values()) {
      PHASES_BY_NAME.put(phase.name(), phase);
    }
  }

  private CycleTelemetry() {}

  /**
   * Sums the records "machine|phase|seconds" the machines report. The firmware mixes fault codes
   * ("E17", "door-open", "") into the phase field; those records are counted as unknown.
   */
  public static Summary summarise(List<String> records) {
    Map<Phase, Long> seconds = new EnumMap<>(Phase.class);
    int unknown = 0;
    for (String record : records) {
      String[] fields = record.split("\\|");
      Phase phase = PHASES_BY_NAME.get(fields[1].trim().toUpperCase(Locale.ROOT));
      if (phase == null) {
        unknown++;
        continue;
      }
      seconds.merge(phase, Long.parseLong(fields[2].trim()), Long::sum);
    }
    return new Summary(seconds, unknown);
  }
}
