package dev.flamefix.collector.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one payload held: its stacks per event ({@link ProfileEvents}). A folded payload has one
 * event (the one the caller named); a JFR recording may hold several.
 *
 * @param events event name → stacks; never holds an empty {@link StackCounts}
 * @param lines event name → samples per source line of each method, for the events whose frames
 *     carried line numbers (JFR, folded stacks written with lines); never holds an empty one
 */
public record DecodedProfile(Map<String, StackCounts> events, Map<String, LineCounts> lines) {

  /** Stacks without line numbers. */
  public DecodedProfile(Map<String, StackCounts> events) {
    this(events, Map.of());
  }

  /** Copies the maps, dropping empty entries. */
  public DecodedProfile {
    LinkedHashMap<String, LineCounts> linesCopy = new LinkedHashMap<>();
    lines.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            linesCopy.put(k, v);
          }
        });
    lines = Collections.unmodifiableMap(linesCopy);
    LinkedHashMap<String, StackCounts> copy = new LinkedHashMap<>();
    events.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            copy.put(k, v);
          }
        });
    events = Collections.unmodifiableMap(copy);
  }

  /** The stacks of one event; empty if the payload had none. */
  public StackCounts event(String name) {
    return events.getOrDefault(name, StackCounts.empty());
  }

  /** The line counts of one event; empty if its frames carried no line numbers. */
  public LineCounts lines(String name) {
    return lines.getOrDefault(name, LineCounts.empty());
  }

  /** The events present. */
  public Set<String> eventNames() {
    return events.keySet();
  }

  /** Sum of counts over all events (samples for cpu and wall, bytes for alloc, ...). */
  public long totalSamples() {
    long t = 0;
    for (StackCounts c : events.values()) {
      t += c.totalSamples();
    }
    return t;
  }

  /** Whether the payload held no stack at all. */
  public boolean isEmpty() {
    return events.isEmpty();
  }
}
