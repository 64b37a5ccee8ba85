package dairy.parlour;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class MilkingLog {

  /** Event types the parlour controller reports, with their wire codes. */
  public enum EventType {
    CLUSTER_ATTACHED("CA"),
    CLUSTER_KICKED_OFF("KO"),
    CLUSTER_REMOVED("CR"),
    MILK_PULSE("MP"),
    CONDUCTIVITY_ALARM("CX"),
    TEAT_SPRAY("TS"),
    GATE_OPEN("GO"),
    GATE_CLOSED("GC"),
    FEED_DISPENSED("FD"),
    WASH_STARTED("WS"),
    WASH_ENDED("WE"),
    STALL_FAULT("SF");

    private static final Map<String, EventType> BY_CODE = new HashMap<>();

    static {
      for (EventType type : values()) {
        BY_CODE.putIfAbsent(type.code, type);
      }
    }

    private final String code;

    EventType(String code) {
      this.code = code;
    }

    public static EventType fromCode(String code) {
      EventType type = BY_CODE.get(code);
      if (type != null) {
        return type;
      }
      throw new IllegalArgumentException("unknown parlour event code " + code);
    }
  }

  /** A raw event: cow tag, two-letter code, and a value (millilitres for milk pulses). */
  public record Event(String cowTag, String code, int value) {}

  /**
   * Litres (millilitres / 1000) each cow gave in this session,
   * in the order cows were first attached. Pulses before attachment or after a kick-off or removal
   * do not count; a reattached cluster counts again.
   */
  public Map<String, Double> yieldPerCow(List<Event> events) {
    Map<String, Long> millilitres = new LinkedHashMap<>();
    Map<String, Boolean> attached = new LinkedHashMap<>();
    for (Event e : events) {
      switch (EventType.fromCode(e.code())) {
        case CLUSTER_ATTACHED -> {
          attached.put(e.cowTag(), true);
          millilitres.putIfAbsent(e.cowTag(), 0L);
        }
        case CLUSTER_KICKED_OFF, CLUSTER_REMOVED -> attached.put(e.cowTag(), false);
        case MILK_PULSE -> {
          if (attached.getOrDefault(e.cowTag(), false)) {
            millilitres.merge(e.cowTag(), (long) e.value(), Long::sum);
          }
        }
        default -> { }
      }
    }
    Map<String, Double> litres = new LinkedHashMap<>();
    millilitres.forEach((cow, ml) -> litres.put(cow, ml / 1000.0));
    return litres;
  }
}
