package dev.flamefix.collector.ingest;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code name} parameter of a Pyroscope-style ingest: {@code app[.event]{k=v,k=v}}.
 *
 * <p>Pyroscope agents sending collapsed stacks append the event to the application name ({@code
 * orders.cpu}, {@code orders.itimer}, {@code orders.alloc_in_new_tlab_objects}); a known suffix is
 * split off into {@link #event()}, anything else stays part of the name ({@code billing.v2} is an
 * app). JFR pushes carry no suffix: the events are inside the recording.
 *
 * @param app application name, never blank
 * @param event canonical event ({@code cpu}, {@code wall}, {@code alloc}, {@code lock}, or {@code
 *     alloc_bytes} / {@code lock_duration} for weighted variants) or {@code null} when the name had
 *     no known suffix
 * @param labels labels sorted by key
 */
public record SeriesName(String app, String event, SortedMap<String, String> labels) {

  /**
   * The suffixes Pyroscope's Java agent appends, and the event each means. Matched exactly, so an
   * app called {@code my.wallet} keeps its name. Byte-weighted and duration-weighted variants get
   * their own event so they never add to the sample counts of {@code alloc} and {@code lock}.
   */
  private static final Map<String, String> SUFFIXES =
      Map.ofEntries(
          Map.entry("cpu", ProfileEvents.CPU),
          Map.entry("itimer", ProfileEvents.CPU),
          Map.entry("ctimer", ProfileEvents.CPU),
          Map.entry("wall", ProfileEvents.WALL),
          Map.entry("alloc", ProfileEvents.ALLOC),
          Map.entry("alloc_in_new_tlab_objects", ProfileEvents.ALLOC),
          Map.entry("alloc_outside_tlab_objects", ProfileEvents.ALLOC),
          Map.entry("alloc_in_new_tlab_bytes", "alloc_bytes"),
          Map.entry("alloc_outside_tlab_bytes", "alloc_bytes"),
          Map.entry("lock", ProfileEvents.LOCK),
          Map.entry("lock_count", ProfileEvents.LOCK),
          Map.entry("lock_duration", "lock_duration"));

  private static final Pattern APP = Pattern.compile("[A-Za-z0-9_.\\-/:]{1,200}");
  private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z0-9_.\\-]{1,100}");
  private static final int MAX_LABELS_LENGTH = 2000;

  public SeriesName {
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /**
   * Parses a series name.
   *
   * @throws IngestException ({@link IngestException#BAD_REQUEST}) when the name is missing, the
   *     app name has characters outside {@code [A-Za-z0-9_.-/:]}, or the label set is malformed
   */
  public static SeriesName parse(String name) throws IngestException {
    if (name == null || name.isBlank()) {
      throw bad("missing 'name' parameter: expected app[.event]{k=v,...}");
    }
    String trimmed = name.trim();
    String base = trimmed;
    SortedMap<String, String> labels = new TreeMap<>();
    int brace = trimmed.indexOf('{');
    if (brace >= 0) {
      if (!trimmed.endsWith("}")) {
        throw bad("malformed name '" + trimmed + "': labels must end with '}'");
      }
      base = trimmed.substring(0, brace);
      parseLabels(trimmed.substring(brace + 1, trimmed.length() - 1), labels);
    }
    String app = base;
    String event = null;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      String canonical = SUFFIXES.get(base.substring(dot + 1).toLowerCase(Locale.ROOT));
      if (canonical != null) {
        app = base.substring(0, dot);
        event = canonical;
      }
    }
    if (!APP.matcher(app).matches()) {
      throw bad(
          "malformed app name '" + app + "': use 1-200 characters of [A-Za-z0-9_.-/:]");
    }
    SeriesName series = new SeriesName(app, event, labels);
    if (series.labelsText().length() > MAX_LABELS_LENGTH) {
      throw bad("labels longer than " + MAX_LABELS_LENGTH + " characters");
    }
    return series;
  }

  private static void parseLabels(String text, Map<String, String> into)
      throws IngestException {
    if (text.isBlank()) {
      return;
    }
    for (String pair : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw bad("malformed label '" + pair + "': expected k=v");
      }
      String key = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (!LABEL_KEY.matcher(key).matches()) {
        throw bad("malformed label key '" + key + "': use [A-Za-z0-9_.-]");
      }
      into.put(key, value);
    }
  }

  /** The labels as stored: {@code k=v} pairs sorted by key, comma separated; empty when none. */
  public String labelsText() {
    return formatLabels(labels);
  }

  /** Formats labels the way they are stored. */
  public static String formatLabels(Map<String, String> labels) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(labels)
        .forEach(
            (k, v) -> {
              if (sb.length() > 0) {
                sb.append(',');
              }
              sb.append(k).append('=').append(v);
            });
    return sb.toString();
  }

  private static IngestException bad(String message) {
    return new IngestException(IngestException.BAD_REQUEST, message);
  }
}
