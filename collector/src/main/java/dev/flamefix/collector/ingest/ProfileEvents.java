package dev.flamefix.collector.ingest;

import java.util.Locale;
import java.util.Set;

/** The event names flamefix keys its stacks by, as in SPEC §2. */
public final class ProfileEvents {
  /** On-CPU samples; one unit per sample. */
  public static final String CPU = "cpu";
  /** Wall-clock samples (running or not); one unit per sample. */
  public static final String WALL = "wall";
  /** Allocation samples; weighted by bytes allocated where the recording says. */
  public static final String ALLOC = "alloc";
  /** Contended monitor enters and thread parks; one unit per event. */
  public static final String LOCK = "lock";

  /** Every event name flamefix knows. */
  public static final Set<String> ALL = Set.of(CPU, WALL, ALLOC, LOCK);

  private ProfileEvents() {}

  /**
   * Maps an event name as agents send it to one of ours: {@code itimer}, {@code cpu}, {@code
   * ctimer} → cpu; {@code wall} → wall; {@code alloc}, {@code alloc_in_new_tlab_bytes} ... → alloc;
   * {@code lock} ... → lock.
   *
   * @return the canonical name, or {@code null} if the name means nothing to us
   */
  public static String canonical(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals(CPU) || n.equals("itimer") || n.equals("ctimer") || n.startsWith("cpu")) {
      return CPU;
    }
    if (n.startsWith(WALL)) {
      return WALL;
    }
    if (n.startsWith(ALLOC)) {
      return ALLOC;
    }
    if (n.startsWith(LOCK)) {
      return LOCK;
    }
    return null;
  }
}
