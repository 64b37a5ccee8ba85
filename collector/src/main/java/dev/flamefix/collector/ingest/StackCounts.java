package dev.flamefix.collector.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * An immutable multiset of stacks: each distinct stack (frames root first, in the canonical form
 * of {@link FrameNames}) with its sample count (or weight, e.g. bytes for allocation). This is the
 * unit the collector hands around: one decoded payload per event, one stored window, the merge of
 * several windows.
 *
 * <p>Equal frame names are shared between stacks, so memory grows with distinct frames rather than
 * with total frames.
 */
public final class StackCounts {

  private static final StackCounts EMPTY = new StackCounts(new FrameStack[0], new long[0], 0);

  private final FrameStack[] stacks;
  private final long[] counts;
  private final long total;
  private volatile Map<List<String>, Long> asMap;

  private StackCounts(FrameStack[] stacks, long[] counts, long total) {
    this.stacks = stacks;
    this.counts = counts;
    this.total = total;
  }

  /** Receives one stack and its count. */
  @FunctionalInterface
  public interface StackVisitor {
    /**
     * @param frames the stack, root first; unmodifiable, valid after the call
     * @param count its samples (or weight), always positive
     */
    void accept(List<String> frames, long count);
  }

  /** No stacks at all. */
  public static StackCounts empty() {
    return EMPTY;
  }

  /** A builder for a new instance. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a map of stacks to counts; equal stacks are summed, non-positive counts dropped.
   *
   * @throws IllegalArgumentException if a stack is empty or holds a null or empty frame
   */
  public static StackCounts of(Map<? extends List<String>, ? extends Number> counts) {
    Builder b = builder();
    counts.forEach((k, v) -> b.add(k, v.longValue()));
    return b.build();
  }

  /** Sums several instances into one (e.g. the windows of a time range). */
  public static StackCounts mergeAll(Collection<StackCounts> parts) {
    if (parts.size() == 1) {
      return parts.iterator().next();
    }
    Builder b = builder();
    for (StackCounts p : parts) {
      b.addAll(p);
    }
    return b.build();
  }

  /** This plus {@code other}: counts of equal stacks are summed. Neither input changes. */
  public StackCounts merge(StackCounts other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return builder().addAll(this).addAll(other).build();
  }

  /** Number of distinct stacks. */
  public int distinctStacks() {
    return stacks.length;
  }

  /** Sum of all counts. */
  public long totalSamples() {
    return total;
  }

  /** Whether there is no stack at all. */
  public boolean isEmpty() {
    return stacks.length == 0;
  }

  /** The count of exactly this stack (root first), 0 if absent. */
  public long count(List<String> stack) {
    Long c = asMap().get(stack);
    return c == null ? 0 : c;
  }

  /** Visits every distinct stack once, in first-seen order. */
  public void forEach(StackVisitor visitor) {
    for (int i = 0; i < stacks.length; i++) {
      visitor.accept(stacks[i], counts[i]);
    }
  }

  /** An unmodifiable map view of stacks (root first) to counts, in first-seen order. */
  public Map<List<String>, Long> asMap() {
    Map<List<String>, Long> m = asMap;
    if (m == null) {
      LinkedHashMap<List<String>, Long> built = new LinkedHashMap<>(stacks.length * 2);
      for (int i = 0; i < stacks.length; i++) {
        built.put(stacks[i], counts[i]);
      }
      m = Collections.unmodifiableMap(built);
      asMap = m;
    }
    return m;
  }

  /**
   * The collapsed text, one {@code frame;frame;frame count} line per distinct stack; {@link
   * ProfileDecoder} reads it back to an equal instance.
   */
  public String toFolded() {
    StringBuilder sb = new StringBuilder(stacks.length * 64);
    try {
      writeFolded(sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // StringBuilder never throws
    }
    return sb.toString();
  }

  /** Writes {@link #toFolded()} to {@code out}. */
  public void writeFolded(Appendable out) throws IOException {
    for (int i = 0; i < stacks.length; i++) {
      FrameStack s = stacks[i];
      for (int f = 0; f < s.length; f++) {
        if (f > 0) {
          out.append(';');
        }
        appendFrame(out, s.frames[f]);
      }
      out.append(' ').append(Long.toString(counts[i])).append('\n');
    }
  }

  /** {@link #toFolded()} as gzip-compressed UTF-8, the form windows are stored and shipped in. */
  public byte[] toFoldedGzip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(256, stacks.length * 16));
    try (Writer w =
        new OutputStreamWriter(new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8)) {
      writeFolded(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory streams do not fail
    }
    return bytes.toByteArray();
  }

  private static void appendFrame(Appendable out, String frame) throws IOException {
    // ';' and line breaks would change the stack's shape when read back; no Java or native
    // symbol we produce holds them, but a frame from a hand-made map might.
    for (int i = 0; i < frame.length(); i++) {
      char c = frame.charAt(i);
      if (c == ';' || c == '\n' || c == '\r') {
        out.append(frame.replace(';', ':').replace('\n', ' ').replace('\r', ' '));
        return;
      }
    }
    out.append(frame);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StackCounts other && other.total == total && other.asMap().equals(asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return "StackCounts{distinct=" + stacks.length + ", samples=" + total + "}";
  }

  /**
   * Accumulates stacks. Not thread-safe. Frame names are interned per builder, so equal frames of
   * different stacks share one string.
   */
  public static final class Builder {
    private final HashMap<FrameStack, Integer> index = new HashMap<>();
    private final HashMap<String, String> frameNames = new HashMap<>();
    private FrameStack[] stacks = new FrameStack[16];
    private long[] counts = new long[16];
    private int size;
    private long total;
    private final FrameStack probe = new FrameStack(new String[0], 0);

    private Builder() {}

    /**
     * Adds {@code count} samples of {@code frames} (root first). Non-positive counts are ignored.
     *
     * @throws IllegalArgumentException if the stack is empty or holds a null or empty frame
     * @throws ArithmeticException if the total overflows a long
     */
    public Builder add(List<String> frames, long count) {
      Objects.requireNonNull(frames, "frames");
      if (count <= 0) {
        return this;
      }
      if (frames instanceof FrameStack fs) {
        return addInterned(fs.frames, fs.length, count, false, false);
      }
      String[] arr = frames.toArray(new String[0]);
      for (int i = 0; i < arr.length; i++) {
        arr[i] = intern(arr[i]);
      }
      return addInterned(arr, arr.length, count, true, true);
    }

    /** Adds every stack of {@code other}. */
    public Builder addAll(StackCounts other) {
      for (int i = 0; i < other.stacks.length; i++) {
        FrameStack s = other.stacks[i];
        addInterned(s.frames, s.length, other.counts[i], false, false);
      }
      return this;
    }

    /** Distinct stacks so far. */
    public int distinctStacks() {
      return size;
    }

    /** Sum of counts so far. */
    public long totalSamples() {
      return total;
    }

    /** Returns the shared instance of this frame name, adding it if new. */
    String intern(String frame) {
      if (frame == null || frame.isEmpty()) {
        throw new IllegalArgumentException("frame names must be non-empty");
      }
      String known = frameNames.putIfAbsent(frame, frame);
      return known == null ? frame : known;
    }

    /** Distinct frame names so far. */
    int distinctFrames() {
      return frameNames.size();
    }

    /**
     * Adds the stack {@code frames[0, length)}. If it is new, the array is kept as is when {@code
     * owned} (the caller gives it up) and exactly sized, else copied; frames are interned unless
     * {@code interned} says this builder interned them already.
     *
     * @return this
     */
    Builder addInterned(
        String[] frames, int length, long count, boolean owned, boolean interned) {
      return addInterned(frames, length, FrameStack.hashOf(frames, length), count, owned, interned);
    }

    /**
     * As {@link #addInterned(String[], int, long, boolean, boolean)}, with the stack's {@link
     * List#hashCode()} already known.
     */
    Builder addInterned(
        String[] frames, int length, int hash, long count, boolean owned, boolean interned) {
      if (length == 0) {
        throw new IllegalArgumentException("a stack needs at least one frame");
      }
      if (count <= 0) {
        return this;
      }
      probe.reset(frames, length, hash);
      Integer at = index.get(probe);
      if (at != null) {
        counts[at] = Math.addExact(counts[at], count);
      } else {
        String[] kept;
        if (owned && frames.length == length) {
          kept = frames;
        } else {
          kept = new String[length];
          for (int i = 0; i < length; i++) {
            kept[i] = interned ? frames[i] : intern(frames[i]);
          }
        }
        FrameStack s = new FrameStack(kept, length, hash);
        if (size == stacks.length) {
          stacks = java.util.Arrays.copyOf(stacks, size * 2);
          counts = java.util.Arrays.copyOf(counts, size * 2);
        }
        stacks[size] = s;
        counts[size] = count;
        index.put(s, size);
        size++;
      }
      total = Math.addExact(total, count);
      return this;
    }

    /** An immutable snapshot; the builder may go on being used. */
    public StackCounts build() {
      if (size == 0) {
        return EMPTY;
      }
      return new StackCounts(
          java.util.Arrays.copyOf(stacks, size), java.util.Arrays.copyOf(counts, size), total);
    }
  }
}
