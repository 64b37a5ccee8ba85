package dev.flamefix.collector.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads collapsed stacks straight from bytes: one pass per line finds the count, splits frames on
 * {@code ;}, hashes each frame's bytes and looks it up in a table of frames already seen, so a
 * frame becomes a String (and is canonicalised) once per payload rather than once per line. No
 * regex, no per-line String.
 */
final class FoldedParser {

  private FoldedParser() {}

  static StackCounts parse(byte[] buf, int len, IngestLimits limits) throws IngestException {
    StackCounts.Builder out = StackCounts.builder();
    FrameTable table = new FrameTable(buf, out, limits.maxDistinctFrames());
    final int maxDepth = limits.maxStackDepth();
    final int maxFrame = limits.maxFrameLength();
    final int maxStacks = limits.maxDistinctStacks();
    String[] scratch = new String[64];
    int pos = 0;
    int line = 0;
    while (pos < len) {
      line++;
      final int start = pos;
      int end = start;
      while (end < len && buf[end] != '\n') {
        end++;
      }
      pos = end + 1;
      int e = end;
      while (e > start && isBlank(buf[e - 1])) {
        e--;
      }
      if (e == start) {
        continue;
      }
      int d = e;
      while (d > start && buf[d - 1] >= '0' && buf[d - 1] <= '9') {
        d--;
      }
      if (d == e || d == start || !isBlank(buf[d - 1])) {
        throw malformed(
            line,
            "expected 'frame;frame;...;frame <count>' but the line does not end in a space and a"
                + " sample count"
                + (line == 1 && len >= 4 && buf[0] == 'F' && buf[1] == 'L' && buf[2] == 'R'
                    ? " (the payload looks like JFR: send format=jfr)"
                    : ""));
      }
      if (e - d > 18) {
        throw malformed(line, "sample count " + ascii(buf, d, e - d) + " is too large");
      }
      long count = 0;
      for (int i = d; i < e; i++) {
        count = count * 10 + (buf[i] - '0');
      }
      int fe = d - 1;
      while (fe > start && isBlank(buf[fe - 1])) {
        fe--;
      }
      if (fe == start) {
        throw malformed(line, "no frames before the sample count");
      }
      int depth = 0;
      int fs = start;
      int h = 0;
      for (int i = start; ; i++) {
        if (i == fe || buf[i] == ';') {
          int flen = i - fs;
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
          if (depth == scratch.length) {
            scratch = Arrays.copyOf(scratch, depth * 2);
          }
          scratch[depth++] = table.frame(fs, flen, h, line);
          if (i == fe) {
            break;
          }
          fs = i + 1;
          h = 0;
        } else {
          byte b = buf[i];
          if (b >= 0 && b < 0x20 && b != '\t') {
            throw malformed(
                line,
                "control character 0x"
                    + Integer.toHexString(b)
                    + " in frame "
                    + (depth + 1)
                    + " (binary data is not collapsed stacks)");
          }
          h = 31 * h + b;
        }
      }
      if (count > 0) {
        out.addInterned(scratch, depth, count, false, true);
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
    return out.build();
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

  /** Open-addressing table from a frame's raw bytes to its canonical, interned String. */
  private static final class FrameTable {
    private final byte[] buf;
    private final StackCounts.Builder names;
    private final int maxFrames;
    private int[] slots = new int[1 << 12]; // entry index + 1, 0 = free
    private int[] starts = new int[1 << 11];
    private int[] lengths = new int[1 << 11];
    private int[] hashes = new int[1 << 11];
    private String[] values = new String[1 << 11];
    private int size;

    FrameTable(byte[] buf, StackCounts.Builder names, int maxFrames) {
      this.buf = buf;
      this.names = names;
      this.maxFrames = maxFrames;
    }

    String frame(int start, int length, int hash, int line) throws IngestException {
      int mask = slots.length - 1;
      int slot = mix(hash) & mask;
      while (true) {
        int e = slots[slot] - 1;
        if (e < 0) {
          break;
        }
        if (hashes[e] == hash
            && lengths[e] == length
            && Arrays.equals(buf, starts[e], starts[e] + length, buf, start, start + length)) {
          return values[e];
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
        return add(start, length, hash, value);
      }
      starts[size] = start;
      lengths[size] = length;
      hashes[size] = hash;
      values[size] = value;
      slots[slot] = ++size;
      return value;
    }

    private String add(int start, int length, int hash, String value) {
      int mask = slots.length - 1;
      int slot = mix(hash) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      starts[size] = start;
      lengths[size] = length;
      hashes[size] = hash;
      values[size] = value;
      slots[slot] = ++size;
      return value;
    }

    private void grow() {
      int cap = values.length * 2;
      starts = Arrays.copyOf(starts, cap);
      lengths = Arrays.copyOf(lengths, cap);
      hashes = Arrays.copyOf(hashes, cap);
      values = Arrays.copyOf(values, cap);
      slots = new int[cap * 2];
      int mask = slots.length - 1;
      for (int e = 0; e < size; e++) {
        int slot = mix(hashes[e]) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = e + 1;
      }
    }

    private static int mix(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
