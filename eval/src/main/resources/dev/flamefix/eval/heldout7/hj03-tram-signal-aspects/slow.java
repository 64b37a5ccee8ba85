package tramway.signals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class AspectLog {

  /** Aspect codes as the interlocking sends them: the ordinal of the aspect. */
  public enum Aspect {
    STOP,
    PROCEED_STRAIGHT,
    PROCEED_LEFT,
    PROCEED_RIGHT,
    CAUTION,
    DARK
  }

  /** One telegram from the interlocking. */
  public record Telegram(String signalId, int aspectCode, long atMillis) {}

  /** How often each aspect was shown, how often each signal showed STOP, and the telegrams rejected. */
  public record Summary(Map<Aspect, Integer> shown, Map<String, Integer> stopsBySignal, int rejected,
      long lastAtMillis) {}

  public Summary summarise(List<Telegram> telegrams) {
    Map<Aspect, Integer> shown = new EnumMap<>(Aspect.class);
    Map<String, Integer> stops = new TreeMap<>();
    int rejected = 0;
    long last = Long.MIN_VALUE;
    for (Telegram telegram : telegrams) {
      Aspect aspect = decode(telegram.aspectCode());
      if (aspect == null) {
        rejected++;
        continue;
      }
      shown.merge(aspect, 1, Integer::sum);
      if (aspect == Aspect.STOP) {
        stops.merge(telegram.signalId(), 1, Integer::sum);
      }
      last = Math.max(last, telegram.atMillis());
    }
    return new Summary(shown, stops, rejected, last);
  }

  private static Aspect decode(int code) {
    if (code < 0 || code >= Aspect.values().length) {
      return null;
    }
    return Aspect.values()[code];
  }
}
