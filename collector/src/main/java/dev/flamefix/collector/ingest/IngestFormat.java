package dev.flamefix.collector.ingest;

import java.util.Locale;

/** The payload formats the collector accepts on ingest. */
public enum IngestFormat {
  /** Collapsed stacks: one {@code frame;frame;frame count} line per stack, root first. */
  FOLDED,
  /** A JFR recording, from async-profiler or from the JDK's own Flight Recorder. */
  JFR;

  /**
   * Reads a format name as it appears in Pyroscope's {@code format=} query parameter.
   *
   * @param name {@code folded}, {@code collapsed}, {@code lines} or {@code jfr}, any case; {@code
   *     null} or blank means {@link #FOLDED}, Pyroscope's default
   * @throws IngestException with reason {@link IngestException#UNSUPPORTED_FORMAT} for any other
   *     name (pprof, trie, tree, ...)
   */
  public static IngestFormat parse(String name) throws IngestException {
    if (name == null || name.isBlank()) {
      return FOLDED;
    }
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "folded":
      case "collapsed":
      case "lines":
        return FOLDED;
      case "jfr":
        return JFR;
      default:
        throw new IngestException(
            IngestException.UNSUPPORTED_FORMAT,
            "unsupported format '" + name + "': expected folded or jfr");
    }
  }
}
