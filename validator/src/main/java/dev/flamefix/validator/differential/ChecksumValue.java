package dev.flamefix.validator.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * A {@link Checksum} ({@code CRC32}, {@code Adler32} or {@code CRC32C}) that has already been
 * updated with some bytes, so a rewrite that resets it or ignores its prior state differs.
 *
 * @param kind which algorithm
 * @param prior the bytes fed to it before the call
 */
record ChecksumValue(Kind kind, byte[] prior) implements Value.Custom {

  /** The JDK's checksum algorithms. */
  enum Kind {
    CRC32, ADLER32, CRC32C;

    Checksum create() {
      return switch (this) {
        case CRC32 -> new CRC32();
        case ADLER32 -> new Adler32();
        case CRC32C -> new CRC32C();
      };
    }

    static Kind of(Class<?> type) {
      return type == CRC32.class ? CRC32 : type == Adler32.class ? ADLER32
          : type == CRC32C.class ? CRC32C : null;
    }
  }

  /** Whether {@code raw} is a checksum type this class builds. */
  static boolean handles(Class<?> raw) {
    return raw == Checksum.class || Kind.of(raw) != null;
  }

  /** Each algorithm fresh and after a few bytes; only {@code raw}'s own when it is concrete. */
  static List<Value> edgeCases(Class<?> raw, Random random) {
    List<Value> out = new ArrayList<>();
    for (Kind k : kinds(raw)) {
      out.add(new ChecksumValue(k, new byte[0]));
      out.add(new ChecksumValue(k, bytes(random, 1 + random.nextInt(8))));
    }
    return out;
  }

  static Value random(Class<?> raw, Random random) {
    List<Kind> kinds = kinds(raw);
    Kind k = kinds.get(random.nextInt(kinds.size()));
    return new ChecksumValue(k, random.nextInt(4) == 0 ? new byte[0]
        : bytes(random, 1 + random.nextInt(16)));
  }

  private static List<Kind> kinds(Class<?> raw) {
    Kind k = Kind.of(raw);
    return k == null ? List.of(Kind.values()) : List.of(k);
  }

  private static byte[] bytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  @Override
  public Object materialize(Counterparts side) {
    Checksum c = kind.create();
    c.update(prior, 0, prior.length);
    return c;
  }

  @Override
  public String render() {
    String name = kind.create().getClass().getSimpleName();
    return prior.length == 0 ? "new " + name + "()"
        : name + " after update(" + Arrays.toString(prior) + ")";
  }

  @Override
  public List<Value> shrinks() {
    return prior.length == 0 ? List.of()
        : List.of(new ChecksumValue(kind, new byte[0]),
            new ChecksumValue(kind, Arrays.copyOf(prior, prior.length / 2)));
  }

  @Override
  public int weight() {
    return 1 + prior.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChecksumValue c && c.kind == kind && Arrays.equals(c.prior, prior);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(prior);
  }

  @Override
  public String toString() {
    return render();
  }
}
