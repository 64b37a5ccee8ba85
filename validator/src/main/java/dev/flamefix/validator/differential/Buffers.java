package dev.flamefix.validator.differential;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@link ByteBuffer} and {@link CharBuffer} inputs in the forms real callers pass: heap, direct,
 * a slice whose backing array starts at an offset, read-only; with a random position, limit and
 * byte order. Rewrites that use {@code array()} without {@code arrayOffset()}, ignore the
 * position, or assume a heap buffer differ on these.
 */
final class Buffers {

  private static final int OFFSET = 3;

  private Buffers() {}

  /** How a buffer is allocated. */
  enum Form {
    HEAP, DIRECT, SLICE, READ_ONLY
  }

  static boolean handles(Class<?> raw) {
    return raw == ByteBuffer.class || raw == CharBuffer.class;
  }

  static List<Value> edgeCases(Class<?> raw, Random random) {
    List<Value> out = new ArrayList<>();
    boolean bytes = raw == ByteBuffer.class;
    for (Form form : Form.values()) {
      if (form == Form.DIRECT && !bytes) {
        continue;
      }
      int n = form == Form.HEAP ? 0 : 6;
      out.add(of(bytes, form, content(random, n), 0, n, ByteOrder.BIG_ENDIAN));
    }
    out.add(of(bytes, Form.HEAP, content(random, 1), 0, 1, ByteOrder.BIG_ENDIAN));
    out.add(of(bytes, Form.HEAP, content(random, 8), 2, 7, ByteOrder.BIG_ENDIAN));
    if (bytes) {
      out.add(of(true, Form.HEAP, content(random, 8), 0, 8, ByteOrder.LITTLE_ENDIAN));
    }
    out.add(of(bytes, Form.HEAP, content(random, ValueGenerator.LARGE), 0, ValueGenerator.LARGE,
        ByteOrder.BIG_ENDIAN));
    return out;
  }

  /** A random buffer; {@code size > 0} gives one of that capacity at position 0 (benchmarks). */
  static Value random(Class<?> raw, Random random, int size) {
    boolean bytes = raw == ByteBuffer.class;
    int n;
    if (size > 0) {
      n = size;
    } else if (random.nextInt(10) == 0) {
      int draw = random.nextInt(200);
      n = LargeSizes.from(draw, 200, 60, 40 + draw);
    } else {
      n = random.nextInt(24);
    }
    int roll = random.nextInt(100);
    Form form = roll < 40 ? Form.HEAP : roll < 65 ? (bytes ? Form.DIRECT : Form.HEAP)
        : roll < 90 ? Form.SLICE : Form.READ_ONLY;
    int position = 0;
    int limit = n;
    if (size == 0 && n > 0 && random.nextInt(5) < 2) {
      position = random.nextInt(n + 1);
      limit = position + random.nextInt(n - position + 1);
    }
    ByteOrder order = bytes && random.nextInt(4) == 0 ? ByteOrder.LITTLE_ENDIAN
        : ByteOrder.BIG_ENDIAN;
    return of(bytes, form, content(random, n), position, limit, order);
  }

  private static Value of(boolean bytes, Form form, byte[] content, int position, int limit,
      ByteOrder order) {
    if (bytes) {
      return new ByteBufferValue(form, content, position, limit, order == ByteOrder.LITTLE_ENDIAN);
    }
    char[] chars = new char[content.length];
    for (int i = 0; i < chars.length; i++) {
      // Mostly ASCII letters and digits, some Latin-1 and CJK: where char-to-byte shortcuts fail.
      int b = content[i] & 0xff;
      chars[i] = b < 200 ? (char) ('0' + b % 75) : b < 240 ? (char) (0xc0 + b % 64)
          : (char) (0x4e00 + b);
    }
    return new CharBufferValue(form, new String(chars), position, limit);
  }

  private static byte[] content(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private static String where(int capacity, int position, int limit) {
    return position == 0 && limit == capacity ? ""
        : " position " + position + " limit " + limit;
  }

  /**
   * A byte buffer.
   *
   * @param content the bytes from index 0 to the capacity
   * @param littleEndian its byte order
   */
  record ByteBufferValue(Form form, byte[] content, int position, int limit,
      boolean littleEndian) implements Value.Custom {

    @Override
    public Object materialize(Counterparts side) {
      int n = content.length;
      ByteBuffer b = switch (form) {
        case HEAP, READ_ONLY -> ByteBuffer.allocate(n);
        case DIRECT -> ByteBuffer.allocateDirect(n);
        case SLICE -> ByteBuffer.wrap(new byte[n + OFFSET], OFFSET, n).slice();
      };
      b.put(content).clear();
      b.limit(limit).position(position);
      b.order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      return form == Form.READ_ONLY
          ? b.asReadOnlyBuffer().order(b.order()) : b;
    }

    @Override
    public String render() {
      String make = switch (form) {
        case HEAP -> "ByteBuffer.allocate(" + content.length + ")";
        case DIRECT -> "ByteBuffer.allocateDirect(" + content.length + ")";
        case SLICE -> "ByteBuffer.wrap(new byte[" + (content.length + OFFSET) + "], " + OFFSET
            + ", " + content.length + ").slice()";
        case READ_ONLY -> "ByteBuffer.allocate(" + content.length + ").asReadOnlyBuffer()";
      };
      String bytes = content.length > 24
          ? Arrays.toString(Arrays.copyOf(content, 24)).replace("]", ", ...]")
          : Arrays.toString(content);
      return make + " " + bytes + where(content.length, position, limit)
          + (littleEndian ? " LITTLE_ENDIAN" : "");
    }

    @Override
    public List<Value> shrinks() {
      if (content.length == 0) {
        return List.of();
      }
      int half = content.length / 2;
      return List.of(new ByteBufferValue(form, Arrays.copyOf(content, half),
          Math.min(position, half), Math.min(limit, half), littleEndian));
    }

    @Override
    public int weight() {
      return 1 + content.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByteBufferValue v && v.render().equals(render());
    }

    @Override
    public int hashCode() {
      return render().hashCode();
    }

    @Override
    public String toString() {
      return render();
    }
  }

  /**
   * A char buffer; {@link Form#READ_ONLY} is {@code CharBuffer.wrap(String)}.
   *
   * @param content the chars from index 0 to the capacity
   */
  record CharBufferValue(Form form, String content, int position, int limit)
      implements Value.Custom {

    @Override
    public Object materialize(Counterparts side) {
      int n = content.length();
      CharBuffer b = switch (form) {
        case HEAP, DIRECT -> CharBuffer.allocate(n).put(content);
        case SLICE -> CharBuffer.wrap(new char[n + OFFSET], OFFSET, n).slice().put(content);
        case READ_ONLY -> CharBuffer.wrap(content);
      };
      b.clear();
      b.limit(limit).position(position);
      return b;
    }

    @Override
    public String render() {
      String make = switch (form) {
        case HEAP, DIRECT -> "CharBuffer.allocate(" + content.length() + ")";
        case SLICE -> "CharBuffer.wrap(new char[" + (content.length() + OFFSET) + "], " + OFFSET
            + ", " + content.length() + ").slice()";
        case READ_ONLY -> "CharBuffer.wrap(String)";
      };
      return make + " " + Render.string(content) + where(content.length(), position, limit);
    }

    @Override
    public List<Value> shrinks() {
      if (content.isEmpty()) {
        return List.of();
      }
      int half = content.length() / 2;
      return List.of(new CharBufferValue(form, content.substring(0, half),
          Math.min(position, half), Math.min(limit, half)));
    }

    @Override
    public int weight() {
      return 1 + content.length();
    }
  }
}
