package dev.flamefix.collector.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads collapsed stacks straight from bytes, in one pass: separators ({@code ;}, line ends) are
 * found eight bytes at a time, each frame's bytes are hashed and looked up in a table of frames
 * already seen, so a frame becomes a String (and is canonicalised) once per payload rather than
 * once per line. No regex, no per-line String. Control bytes other than tab and CR are refused,
 * which also makes binary data fail fast.
 */
final class FoldedParser {

  private FoldedParser() {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long SEMICOLONS = ONES * ';';
  private static final long SPACES = ONES * 0x20;

  /** Content is read in chunks of this size; a frame cut by a chunk's end is carried over. */
  static final int CHUNK = 1 << 16;

  /**
   * Parses the stacks; frames that carry a line number ({@code Foo.bar:42}) also add to {@code
   * lines}, and lose the number in the stacks.
   */
  static StackCounts parse(Payloads.Source content, IngestLimits limits, LineCounts.Builder lines)
      throws IngestException {
    StackCounts.Builder out = StackCounts.builder();
    FrameTable table = new FrameTable(out, limits.maxDistinctFrames());
    final int maxDepth = limits.maxStackDepth();
    final int maxFrame = limits.maxFrameLength();
    final int maxStacks = limits.maxDistinctStacks();
    // The last segment of a line holds a frame, blanks and a count; allow room for those.
    final int maxSegment = maxFrame + 64;
    byte[] buf = new byte[Math.max(CHUNK, 2 * maxSegment)];
    int len = 0; // valid bytes in buf
    boolean eof = false;
    String[] scratch = new String[64];
    int[] scratchLines = new int[64];
    boolean stackHasLine = false;
    int line = 1;
    int depth = 0;
    int stackHash = 1; // List.hashCode() of scratch[0, depth), built as frames resolve
    int fs = 0; // start of the current segment (frame) in buf
    int i = 0; // scan position
    boolean sawContent = false;
    while (true) {
      // Find the next ';' or control byte (which includes '\n'), eight bytes at a time.
      final int wordsEnd = len - 7;
      while (i < wordsEnd) {
        long w = (long) LONGS.get(buf, i);
        long x = w ^ SEMICOLONS;
        long special = ((x - ONES) & ~x | (w - SPACES) & ~w) & HIGHS;
        if (special != 0) {
          i += Long.numberOfTrailingZeros(special) >>> 3;
          break;
        }
        i += 8;
      }
      while (i < len && buf[i] != ';' && (buf[i] < 0 || buf[i] >= 0x20)) {
        i++;
      }
      if (i == len && !eof) {
        // The chunk ended inside a segment: keep the segment, read more behind it.
        int carry = len - fs;
        if (carry > maxSegment) {
          throw new IngestException(
              IngestException.FRAME_TOO_LONG,
              "line "
                  + line
                  + ": frame "
                  + (depth + 1)
                  + " is longer than the limit of "
                  + maxFrame
                  + " bytes");
        }
        System.arraycopy(buf, fs, buf, 0, carry);
        len = carry;
        i = carry;
        fs = 0;
        int n = content.read(buf, len, buf.length - len);
        if (n < 0) {
          eof = true;
        } else {
          len += n;
          if (!sawContent) {
            sawContent = true;
            if (len >= 4 && buf[0] == 'F' && buf[1] == 'L' && buf[2] == 'R' && buf[3] == 0) {
              throw malformed(1, "the payload looks like JFR, not collapsed stacks: send format=jfr");
            }
          }
        }
        continue;
      }
      byte b = i < len ? buf[i] : (byte) '\n';
      if (b == ';') {
        if (depth == scratch.length) {
          scratch = Arrays.copyOf(scratch, depth * 2);
          scratchLines = Arrays.copyOf(scratchLines, depth * 2);
        }
        scratch[depth] = frame(table, buf, fs, i, depth, line, maxDepth, maxFrame);
        stackHash = 31 * stackHash + table.lastHash;
        scratchLines[depth] = table.lastLine;
        stackHasLine |= table.lastLine > 0;
        depth++;
        fs = ++i;
      } else if (b == '\n') {
        // The last segment is "frame count": split off the count.
        int e = i;
        while (e > fs && isBlank(buf[e - 1])) {
          e--;
        }
        if (e == fs && depth == 0) {
          // blank line
        } else {
          int d = e;
          while (d > fs && buf[d - 1] >= '0' && buf[d - 1] <= '9') {
            d--;
          }
          if (d == e || d == fs || !isBlank(buf[d - 1])) {
            throw malformed(
                line,
                "expected 'frame;frame;...;frame <count>' but the line does not end in a space"
                    + " and a sample count");
          }
          if (e - d > 18) {
            throw malformed(line, "sample count " + ascii(buf, d, e - d) + " is too large");
          }
          long count = 0;
          for (int k = d; k < e; k++) {
            count = count * 10 + (buf[k] - '0');
          }
          int fe = d - 1;
          while (fe > fs && isBlank(buf[fe - 1])) {
            fe--;
          }
          if (fe == fs && depth == 0) {
            throw malformed(line, "no frames before the sample count");
          }
          if (depth == scratch.length) {
            scratch = Arrays.copyOf(scratch, depth * 2);
            scratchLines = Arrays.copyOf(scratchLines, depth * 2);
          }
          scratch[depth] = frame(table, buf, fs, fe, depth, line, maxDepth, maxFrame);
          stackHash = 31 * stackHash + table.lastHash;
          scratchLines[depth] = table.lastLine;
          stackHasLine |= table.lastLine > 0;
          depth++;
          if (count > 0) {
            if (stackHasLine) {
              lines.addStack(scratch, scratchLines, depth, count);
            }
            out.addInterned(scratch, depth, stackHash, count, false, true);
            if (out.distinctStacks() > maxStacks) {
              throw new IngestException(
                  IngestException.TOO_MANY_STACKS,
                  "line "
                      + line
                      + ": payload has more than the limit of "
                      + maxStacks
                      + " distinct stacks");
            }
          }
        }
        if (i >= len) {
          break;
        }
        line++;
        depth = 0;
        stackHash = 1;
        stackHasLine = false;
        fs = ++i;
      } else if (b == '\t' || b == '\r') {
        i++; // blanks: legal around the count, kept inside a frame name
      } else {
        throw malformed(
            line,
            "control character 0x"
                + Integer.toHexString(b & 0xff)
                + " in frame "
                + (depth + 1)
                + " (binary data is not collapsed stacks)");
      }
    }
    return out.build();
  }

  /** Checks and resolves the frame {@code buf[from, to)}, the {@code depth}-th of its line. */
  private static String frame(
      FrameTable table,
      byte[] buf,
      int from,
      int to,
      int depth,
      int line,
      int maxDepth,
      int maxFrame)
      throws IngestException {
    int flen = to - from;
    if (flen == 0) {
      throw malformed(line, "frame " + (depth + 1) + " is empty");
    }
    if (flen > maxFrame) {
      throw new IngestException(
          IngestException.FRAME_TOO_LONG,
          "line "
              + line
              + ": frame "
              + (depth + 1)
              + " is "
              + flen
              + " bytes, more than the limit of "
              + maxFrame);
    }
    if (depth == maxDepth) {
      throw new IngestException(
          IngestException.TOO_DEEP,
          "line " + line + ": stack has more than the limit of " + maxDepth + " frames");
    }
    return table.frame(buf, from, flen, hash(buf, from, flen), line);
  }

  /**
   * A cheap hash of a frame's bytes: length, and the first, middle and last eight bytes. Frames
   * that collide are told apart by comparing bytes; cheapness matters more, as every frame of every
   * line is hashed.
   */
  private static int hash(byte[] buf, int from, int length) {
    if (length < 8) {
      int h = length;
      for (int k = from, end = from + length; k < end; k++) {
        h = 31 * h + buf[k];
      }
      return h;
    }
    long a = (long) LONGS.get(buf, from);
    long m = (long) LONGS.get(buf, from + (length >>> 1) - 4);
    long z = (long) LONGS.get(buf, from + length - 8);
    long h = a * 0x9E3779B97F4A7C15L + m;
    h = h * 0x9E3779B97F4A7C15L + z;
    h = h * 0x9E3779B97F4A7C15L + length;
    return (int) (h ^ (h >>> 32));
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r';
  }

  private static IngestException malformed(int line, String what) {
    return new IngestException(IngestException.MALFORMED, "line " + line + ": " + what);
  }

  private static String ascii(byte[] buf, int from, int n) {
    return new String(buf, from, Math.min(n, 40), StandardCharsets.ISO_8859_1);
  }

  /** Whether {@code x[a, a+length)} and {@code y[b, b+length)} hold the same bytes. */
  private static boolean sameBytes(byte[] x, int a, byte[] y, int b, int length) {
    int k = 0;
    for (; k + 8 <= length; k += 8) {
      if ((long) LONGS.get(x, a + k) != (long) LONGS.get(y, b + k)) {
        return false;
      }
    }
    for (; k < length; k++) {
      if (x[a + k] != y[b + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Open-addressing table from a frame's raw bytes to its canonical, interned String. A slot packs
   * the hash with the entry index, so a probe reads one array until the hash matches. Each known
   * frame's bytes are kept in an arena of the table's own, since the read buffer is reused.
   */
  private static final class FrameTable {
    private byte[] arena = new byte[1 << 16];
    private int arenaUsed;
    private final StackCounts.Builder names;
    private final int maxFrames;
    private long[] slots = new long[1 << 12]; // hash << 32 | (entry index + 1); 0 = free
    private int[] starts = new int[1 << 11];
    private int[] lengths = new int[1 << 11];
    private String[] values = new String[1 << 11];
    private int[] valueHashes = new int[1 << 11];
    private int[] lineNos = new int[1 << 11];
    private int size;
    /** {@code hashCode()} of the String the last {@link #frame} call returned. */
    int lastHash;
    /** Source line the last {@link #frame} call's raw frame named, 0 if none. */
    int lastLine;

    FrameTable(StackCounts.Builder names, int maxFrames) {
      this.names = names;
      this.maxFrames = maxFrames;
    }

    String frame(byte[] buf, int start, int length, int hash, int line) throws IngestException {
      long[] table = slots;
      int mask = table.length - 1;
      int slot = mix(hash) & mask;
      while (true) {
        long packed = table[slot];
        if (packed == 0) {
          break;
        }
        if ((int) (packed >>> 32) == hash) {
          int e = (int) packed - 1;
          if (lengths[e] == length && sameBytes(arena, starts[e], buf, start, length)) {
            lastHash = valueHashes[e];
            lastLine = lineNos[e];
            return values[e];
          }
        }
        slot = (slot + 1) & mask;
      }
      if (size == maxFrames) {
        throw new IngestException(
            IngestException.TOO_MANY_FRAMES,
            "line "
                + line
                + ": payload has more than the limit of "
                + maxFrames
                + " distinct frame names");
      }
      String raw = new String(buf, start, length, StandardCharsets.UTF_8);
      String value = names.intern(FrameNames.canonical(raw));
      if (size == values.length) {
        grow();
      }
      if (arenaUsed + length + 8 > arena.length) {
        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length + 8));
      }
      System.arraycopy(buf, start, arena, arenaUsed, length);
      starts[size] = arenaUsed;
      arenaUsed += length;
      lengths[size] = length;
      values[size] = value;
      valueHashes[size] = value.hashCode();
      lastHash = valueHashes[size];
      lineNos[size] = FrameNames.lineOf(raw);
      lastLine = lineNos[size];
      size++;
      insert(hash, size);
      return value;
    }

    private void insert(int hash, int entryPlusOne) {
      int mask = slots.length - 1;
      int slot = mix(hash) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = (long) hash << 32 | entryPlusOne;
    }

    private void grow() {
      int cap = values.length * 2;
      starts = Arrays.copyOf(starts, cap);
      lengths = Arrays.copyOf(lengths, cap);
      values = Arrays.copyOf(values, cap);
      valueHashes = Arrays.copyOf(valueHashes, cap);
      lineNos = Arrays.copyOf(lineNos, cap);
      long[] old = slots;
      slots = new long[cap * 2];
      for (long packed : old) {
        if (packed != 0) {
          insert((int) (packed >>> 32), (int) packed);
        }
      }
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
