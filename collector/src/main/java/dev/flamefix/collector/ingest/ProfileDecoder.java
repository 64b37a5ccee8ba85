package dev.flamefix.collector.ingest;

import java.util.Map;
import java.util.Objects;

/**
 * Turns an ingest body into stacks. Stateless and thread-safe.
 *
 * <p>Gzip is recognised by its magic bytes whatever the format says, so agents may compress or
 * not. Every {@link IngestLimits} bound is enforced while reading; any problem ends in an {@link
 * IngestException} (never another exception type), and a refused payload yields nothing, so it
 * cannot disturb data accepted before it.
 */
public final class ProfileDecoder {

  /** A decoder; it holds no state, one instance may serve every request. */
  public ProfileDecoder() {}

  /**
   * Whether a folded payload may be stored as received instead of re-encoding its decoded stacks:
   * it is gzip already, and decoding is deterministic, so every later read decodes it to exactly
   * the stacks it decoded to at ingest (same canonical frames, same counts).
   *
   * @param body a body that {@link #decode} accepted as {@link IngestFormat#FOLDED}
   */
  public static boolean storableAsReceived(byte[] body) {
    return Payloads.isGzip(body);
  }

  /**
   * Decodes a payload; folded stacks are filed under {@link ProfileEvents#CPU}.
   *
   * @see #decode(byte[], IngestFormat, String, IngestLimits)
   */
  public DecodedProfile decode(byte[] body, IngestFormat format, IngestLimits limits)
      throws IngestException {
    return decode(body, format, ProfileEvents.CPU, limits);
  }

  /**
   * Decodes a payload.
   *
   * @param body the request body, gzip-compressed or not
   * @param format how to read it
   * @param foldedEvent the event that folded stacks belong to (folded text does not say; the
   *     Pyroscope API tells it by the app name suffix or {@code units}); ignored for JFR, which
   *     names its events
   * @param limits the bounds to enforce
   * @return the stacks per event; empty for an empty body
   * @throws IngestException if the payload is refused; {@link IngestException#reason()} tells why
   */
  public DecodedProfile decode(
      byte[] body, IngestFormat format, String foldedEvent, IngestLimits limits)
      throws IngestException {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(foldedEvent, "foldedEvent");
    Objects.requireNonNull(limits, "limits");
    Payloads.Source content = Payloads.open(body, limits);
    try {
      switch (format) {
        case FOLDED:
          LineCounts.Builder lines = LineCounts.builder();
          StackCounts stacks = FoldedParser.parse(content, limits, lines);
          return new DecodedProfile(Map.of(foldedEvent, stacks), Map.of(foldedEvent, lines.build()));
        case JFR:
          Map<String, LineCounts> jfrLines = new java.util.LinkedHashMap<>();
          Map<String, StackCounts> jfrStacks = JfrParser.parse(content, limits, jfrLines);
          return new DecodedProfile(jfrStacks, jfrLines);
        default:
          throw new IngestException(
              IngestException.UNSUPPORTED_FORMAT, "unsupported format " + format);
      }
    } catch (OutOfMemoryError e) {
      // Only reachable with limits larger than the heap can hold; the partial result is garbage
      // already, so the server lives on.
      throw new IngestException(
          IngestException.TOO_LARGE,
          "payload needs more memory than the heap has; lower the ingest limits",
          e);
    }
  }
}
