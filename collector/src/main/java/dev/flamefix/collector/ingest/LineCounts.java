package dev.flamefix.collector.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Samples per source line of each Java method, kept beside {@link StackCounts} so that frame
 * identity stays one method, one frame (hotspots and flame graphs are unchanged) while the hot
 * lines of a method can still be told.
 *
 * <p>A sample counts once for every distinct Java method on its stack, at the line of that
 * method's leaf-most frame: the line that was executing, or the call that was in progress. So a
 * method's line counts sum to the samples with the method on the stack (its total), and a line
 * calling an expensive JDK method is as hot as the time spent below it. Frames without a line
 * number (folded stacks from agents that do not write them, native frames) add nothing.
 */
public final class LineCounts {

  private static final LineCounts EMPTY = new LineCounts(Map.of());

  private final Map<String, SortedMap<Integer, Long>> byMethod;

  private LineCounts(Map<String, SortedMap<Integer, Long>> byMethod) {
    this.byMethod = byMethod;
  }

  /** No line at all. */
  public static LineCounts empty() {
    return EMPTY;
  }

  /** A builder for a new instance. */
  public static Builder builder() {
    return new Builder();
  }

  /** Sums several instances (e.g. the windows of a time range). */
  public static LineCounts mergeAll(Collection<LineCounts> parts) {
    Builder b = builder();
    for (LineCounts p : parts) {
      b.addAll(p);
    }
    return b.build();
  }

  /** Whether no line was counted. */
  public boolean isEmpty() {
    return byMethod.isEmpty();
  }

  /** Canonical frames ({@code com.acme.Foo.bar}) with at least one counted line. */
  public Set<String> methods() {
    return byMethod.keySet();
  }

  /** Line number → samples of one method (canonical frame name), by line; empty if none. */
  public SortedMap<Integer, Long> lines(String method) {
    SortedMap<Integer, Long> m = byMethod.get(method);
    return m == null ? Collections.emptySortedMap() : m;
  }

  /**
   * The text form, one {@code frame line count} line per counted line; {@link #parse} reads it
   * back. Frames are Java method names, which hold no blanks.
   */
  public String toText() {
    StringBuilder sb = new StringBuilder(byMethod.size() * 48);
    byMethod.forEach(
        (method, lines) ->
            lines.forEach(
                (line, count) ->
                    sb.append(method).append(' ').append(line).append(' ').append(count)
                        .append('\n')));
    return sb.toString();
  }

  /** {@link #toText()} as gzip-compressed UTF-8, the form windows are stored in. */
  public byte[] toGzip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
      w.write(toText());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory streams do not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Reads {@link #toGzip()} back; {@code null} or empty bytes (a window stored before lines were
   * kept, or from an agent without them) give {@link #empty()}.
   *
   * @throws IllegalArgumentException if the bytes are not what {@link #toGzip()} writes
   */
  public static LineCounts fromGzip(byte[] gzip) {
    if (gzip == null || gzip.length == 0) {
      return EMPTY;
    }
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("line counts are not valid gzip: " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@link #toText()} back.
   *
   * @throws IllegalArgumentException on a line that is not {@code frame line count}
   */
  public static LineCounts parse(String text) {
    Builder b = builder();
    for (String row : text.split("\n")) {
      if (row.isBlank()) {
        continue;
      }
      String[] parts = row.trim().split(" ");
      if (parts.length != 3) {
        throw new IllegalArgumentException("expected 'frame line count': " + row);
      }
      b.add(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineCounts other && other.byMethod.equals(byMethod);
  }

  @Override
  public int hashCode() {
    return byMethod.hashCode();
  }

  @Override
  public String toString() {
    return "LineCounts{methods=" + byMethod.size() + "}";
  }

  /** Accumulates line counts. Not thread-safe. */
  public static final class Builder {
    private final Map<String, TreeMap<Integer, Long>> byMethod = new HashMap<>();
    private final Set<String> seen = new HashSet<>();

    private Builder() {}

    /** Adds {@code count} samples at {@code line} of {@code method}; ignored unless both > 0. */
    public Builder add(String method, int line, long count) {
      if (line > 0 && count > 0) {
        byMethod.computeIfAbsent(method, k -> new TreeMap<>()).merge(line, count, Long::sum);
      }
      return this;
    }

    /** Adds every count of {@code other}. */
    public Builder addAll(LineCounts other) {
      other.byMethod.forEach((m, lines) -> lines.forEach((l, c) -> add(m, l, c)));
      return this;
    }

    /**
     * Adds one stack's samples: each distinct Java method of {@code frames[0, depth)} (canonical,
     * root first) at the line of its leaf-most frame, when that frame has one ({@code lines[i] >
     * 0}).
     */
    public Builder addStack(String[] frames, int[] lines, int depth, long count) {
      if (count <= 0) {
        return this;
      }
      seen.clear();
      for (int i = depth - 1; i >= 0; i--) {
        String frame = frames[i];
        if (seen.add(frame) && lines[i] > 0 && FrameNames.isJavaMethod(frame)) {
          add(frame, lines[i], count);
        }
      }
      return this;
    }

    /** An immutable snapshot. */
    public LineCounts build() {
      if (byMethod.isEmpty()) {
        return EMPTY;
      }
      Map<String, SortedMap<Integer, Long>> copy = new TreeMap<>();
      byMethod.forEach((m, lines) -> copy.put(m, Collections.unmodifiableSortedMap(new TreeMap<>(lines))));
      return new LineCounts(Collections.unmodifiableMap(copy));
    }
  }
}
