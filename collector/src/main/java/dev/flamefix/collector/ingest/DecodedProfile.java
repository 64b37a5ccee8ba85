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
 */
public record DecodedProfile(Map<String, StackCounts> events) {

  /** Copies the map, dropping empty entries. */
  public DecodedProfile {
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
