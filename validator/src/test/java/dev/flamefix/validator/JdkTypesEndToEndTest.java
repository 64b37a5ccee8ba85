package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.support.Sources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Target methods taking checksums, byte buffers, charsets and functional interfaces: inputs of
 * these types used to be "cannot generate". A wrong rewrite of each is rejected with a
 * counterexample; correct rewrites pass differential testing. All candidates run in one batch
 * (one differential child, one JMH run).
 */
class JdkTypesEndToEndTest {

  private static final String ORIGINAL = """
      package acme.jdk;

      import java.nio.ByteBuffer;
      import java.nio.charset.Charset;
      import java.util.List;
      import java.util.function.Consumer;
      import java.util.function.Predicate;
      import java.util.zip.Checksum;

      public class Bytes {
        public static void feed(Checksum c, byte[] data, int from) {
          for (int i = from; i < data.length; i++) {
            c.update(data[i]);
          }
        }

        public static int sum(ByteBuffer b) {
          int s = 0;
          for (int i = b.position(); i < b.limit(); i++) {
            s += b.get(i);
          }
          return s;
        }

        public static int encodedLength(String s, Charset cs) {
          return s.getBytes(cs).length;
        }

        public static void forEachMatching(List<String> xs, Predicate<String> p,
            Consumer<String> out) {
          for (String x : xs) {
            if (p.test(x)) {
              out.accept(x);
            }
          }
        }
      }
      """;

  private static final Map<String, String> WRONG = new LinkedHashMap<>();
  private static final Map<String, String> CORRECT = new LinkedHashMap<>();

  static {
    WRONG.put("feed", """
        public static void feed(Checksum c, byte[] data, int from) {
          int n = data.length;
          if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
          }
          if (from < n - 1) {
            c.update(data, from + 1, n - from - 1);
          }
        }
        """);
    CORRECT.put("feed", """
        public static void feed(Checksum c, byte[] data, int from) {
          int n = data.length;
          if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
          }
          if (from < n) {
            c.update(data, from, n - from);
          }
        }
        """);
    WRONG.put("sum", """
        public static int sum(ByteBuffer b) {
          byte[] a = b.array();
          int s = 0;
          for (int i = b.position(); i < b.limit(); i++) {
            s += a[i];
          }
          return s;
        }
        """);
    CORRECT.put("sum", """
        public static int sum(ByteBuffer b) {
          ByteBuffer d = b.duplicate();
          int s = 0;
          while (d.hasRemaining()) {
            s += d.get();
          }
          return s;
        }
        """);
    WRONG.put("encodedLength", """
        public static int encodedLength(String s, Charset cs) {
          if (cs.name().equals("UTF-8")) {
            return s.getBytes(cs).length;
          }
          return s.length();
        }
        """);
    WRONG.put("forEachMatching", """
        public static void forEachMatching(List<String> xs, Predicate<String> p,
            Consumer<String> out) {
          for (int i = xs.size() - 1; i >= 0; i--) {
            if (p.test(xs.get(i))) {
              out.accept(xs.get(i));
            }
          }
        }
        """);
    CORRECT.put("forEachMatching", """
        public static void forEachMatching(List<String> xs, Predicate<String> p,
            Consumer<String> out) {
          for (int i = 0, n = xs.size(); i < n; i++) {
            String x = xs.get(i);
            if (p.test(x)) {
              out.accept(x);
            }
          }
        }
        """);
  }

  private static final Map<String, Verdict> VERDICTS = new LinkedHashMap<>();

  @BeforeAll
  static void validateAll() {
    List<ValidationRequest> requests = new ArrayList<>();
    WRONG.forEach((method, body) -> requests.add(ValidationRequest.of("wrong-" + method,
        "acme.jdk.Bytes", ORIGINAL, Sources.splice(ORIGINAL, method, body, null, null),
        List.of(method), List.of())));
    CORRECT.forEach((method, body) -> requests.add(ValidationRequest.of("correct-" + method,
        "acme.jdk.Bytes", ORIGINAL, Sources.splice(ORIGINAL, method, body, null, null),
        List.of(method), List.of())));
    List<Verdict> verdicts = new Validator(ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).build()).validateAll(requests, e -> { });
    for (Verdict v : verdicts) {
      VERDICTS.put(v.id(), v);
    }
  }

  private static Verdict wrong(String method) {
    Verdict v = VERDICTS.get("wrong-" + method);
    assertThat(v.accepted()).as(v.reason()).isFalse();
    assertThat(v.stageReached()).as(v.reason()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample()).as(v.reason()).isNotNull();
    return v;
  }

  @Test
  void aChecksumUpdateOffByOneIsRejectedOnTheChecksumsValue() {
    Verdict v = wrong("feed");
    assertThat(v.differential().counterexample().difference()).as(v.reason())
        .contains("argument 0 after the call").contains("with value");
  }

  @Test
  void aByteBufferRewriteThroughArrayIsRejected() {
    Verdict v = wrong("sum");
    // Direct, read-only and sliced buffers each expose it; which comes first depends on the seed.
    assertThat(v.differential().counterexample().arguments()).as(v.reason())
        .containsPattern("allocateDirect|asReadOnlyBuffer|slice\\(\\)");
  }

  @Test
  void aCharsetShortcutIsRejectedOnAnotherCharset() {
    Verdict v = wrong("encodedLength");
    assertThat(v.differential().counterexample().arguments()).as(v.reason())
        .containsPattern("UTF-16|UTF-32|ISO-8859-1|US-ASCII|windows-1252");
  }

  @Test
  void consumerCallsInAnotherOrderAreRejected() {
    Verdict v = wrong("forEachMatching");
    assertThat(v.differential().counterexample().difference()).as(v.reason())
        .contains("argument 2 after the call").contains(".calls");
    assertThat(v.differential().counterexample().arguments()).as(v.reason())
        .contains("(Consumer) x -> calls.add(x)").contains("(Predicate) x -> ");
  }

  @Test
  void correctRewritesPassDifferentialTesting() {
    for (String method : CORRECT.keySet()) {
      Verdict v = VERDICTS.get("correct-" + method);
      assertThat(v.differential().counterexample()).as(method + ": " + v.reason()).isNull();
      assertThat(v.reason()).as(method).doesNotContain("cannot generate");
      assertThat(v.stageReached()).as(method + ": " + v.reason())
          .isIn(Stage.BENCHMARK, Stage.DECIDED);
    }
  }
}
