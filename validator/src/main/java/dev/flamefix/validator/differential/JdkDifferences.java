package dev.flamefix.validator.differential;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Checksum;

/**
 * How {@link DeepComparator} compares the JDK types {@link JdkValues} builds: checksums by
 * algorithm and {@code getValue()}, byte and char buffers by position, limit, capacity, order,
 * read-only flag and their whole content, charsets by name, generated functions by the calls
 * they recorded. Their {@code equals} does not say enough (a {@code ByteBuffer} compares only
 * its remaining bytes; a {@code CRC32} only its identity).
 */
final class JdkDifferences {

  /** Compares two nested values for {@link #difference}. */
  interface Nested {
    String diff(Object a, Object b, String path);
  }

  /** Returned when neither object is one of these types. */
  static final String NOT_MINE = new String("not a JDK type compared here");

  private JdkDifferences() {}

  /**
   * The difference between {@code a} and {@code b} (both non-null), {@code null} when equal, or
   * {@link #NOT_MINE}.
   */
  static String difference(Object a, Object b, String where, String path, Nested nested) {
    List<List<Object>> callsA = FunctionValue.callsOf(a);
    if (callsA != null) {
      List<List<Object>> callsB = FunctionValue.callsOf(b);
      if (callsB == null || !FunctionValue.renderingOf(a).equals(FunctionValue.renderingOf(b))) {
        return where + ": " + Render.object(a) + " vs " + Render.object(b);
      }
      String d;
      synchronized (callsA) {
        synchronized (callsB) {
          d = nested.diff(new ArrayList<>(callsA), new ArrayList<>(callsB), path + ".calls");
        }
      }
      long na = FunctionValue.callCountOf(a);
      long nb = FunctionValue.callCountOf(b);
      return d != null || na == nb ? d : where + ": called " + na + " times vs " + nb;
    }
    if (a instanceof Checksum ca) {
      if (!(b instanceof Checksum cb) || a.getClass() != b.getClass()) {
        return where + ": " + type(a) + " vs " + type(b);
      }
      return ca.getValue() == cb.getValue() ? null : where + ": " + type(a) + " with value "
          + ca.getValue() + " vs " + cb.getValue();
    }
    if (a instanceof Charset ca) {
      return b instanceof Charset cb && ca.name().equals(cb.name()) ? null
          : where + ": " + Render.object(a) + " vs " + Render.object(b);
    }
    if (a instanceof ByteBuffer ba) {
      if (!(b instanceof ByteBuffer bb)) {
        return where + ": " + type(a) + " vs " + type(b);
      }
      String d = state(ba.position(), ba.limit(), ba.capacity(), ba.isReadOnly(), bb.position(),
          bb.limit(), bb.capacity(), bb.isReadOnly());
      if (d == null && !ba.order().equals(bb.order())) {
        d = "order " + ba.order() + " vs " + bb.order();
      }
      // Absolute reads stop at the limit: read the whole content through cleared duplicates.
      ByteBuffer wa = ba.duplicate().clear();
      ByteBuffer wb = bb.duplicate().clear();
      for (int i = 0; d == null && i < wa.capacity(); i++) {
        if (wa.get(i) != wb.get(i)) {
          d = "byte [" + i + "] " + wa.get(i) + " vs " + wb.get(i);
        }
      }
      return d == null ? null : where + ": " + d;
    }
    if (a instanceof CharBuffer ca) {
      if (!(b instanceof CharBuffer cb)) {
        return where + ": " + type(a) + " vs " + type(b);
      }
      String d = state(ca.position(), ca.limit(), ca.capacity(), ca.isReadOnly(), cb.position(),
          cb.limit(), cb.capacity(), cb.isReadOnly());
      CharBuffer wa = ca.duplicate().clear();
      CharBuffer wb = cb.duplicate().clear();
      for (int i = 0; d == null && i < wa.capacity(); i++) {
        if (wa.get(i) != wb.get(i)) {
          d = "char [" + i + "] " + Render.atom(wa.get(i)) + " vs " + Render.atom(wb.get(i));
        }
      }
      return d == null ? null : where + ": " + d;
    }
    return NOT_MINE;
  }

  private static String state(int pa, int la, int ca, boolean ra, int pb, int lb, int cb,
      boolean rb) {
    if (pa != pb) {
      return "position " + pa + " vs " + pb;
    }
    if (la != lb) {
      return "limit " + la + " vs " + lb;
    }
    if (ca != cb) {
      return "capacity " + ca + " vs " + cb;
    }
    return ra == rb ? null : "read-only " + ra + " vs " + rb;
  }

  private static String type(Object o) {
    return o.getClass().getName();
  }
}
