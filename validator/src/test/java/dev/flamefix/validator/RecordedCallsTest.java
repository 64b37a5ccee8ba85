package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.Redaction;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.compile.InMemoryCompiler;
import dev.flamefix.validator.differential.RecordedReport;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded production calls (issue 16) replayed by differential testing after the generated
 * inputs: a rewrite that is wrong only on the shape real traffic has is caught by them and shown
 * with the recorded arguments; a correct one matches every call; payloads that cannot be read
 * back are counted, never fatal; instance methods run on the recorded receiver's state.
 */
class RecordedCallsTest {

  private static final CallCodec AGENT = CallCodec.recording(Redaction.none(), 64 * 1024);
  private static final long AT = 1_764_000_000_000L;

  /** W3C trace context: {@code version-traceid(32 hex)-parentid(16 hex)-flags}. */
  private static final String ORIGINAL = """
      package acme.rec;

      public class Trace {
        public static String traceId(String header) {
          if (header == null) {
            return null;
          }
          String[] parts = header.split("-");
          if (parts.length != 4 || parts[1].length() != 32) {
            return null;
          }
          return parts[1];
        }
      }
      """;

  /** A fast path for well-formed headers; {@code end} decides whether it cuts the id right. */
  private static String fastPath(int end) {
    return ORIGINAL.replace("""
          String[] parts""", """
          if (header.length() == 55 && header.startsWith("00-") && header.charAt(35) == '-'
              && header.charAt(52) == '-') {
            return header.substring(3, %d);
          }
          String[] parts""".formatted(end));
  }

  private static final String REAL = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private static RecordedCall call(Object receiver, Object... args) {
    CallCodec.Encoded encoded = AGENT.encode(receiver, args);
    assertThat(encoded.isOk()).as(encoded.detail()).isTrue();
    return new RecordedCall(AT, encoded.payload());
  }

  private static ValidationRequest trace(String id, String candidate) {
    return ValidationRequest.of(id, "acme.rec.Trace", ORIGINAL, candidate, List.of("traceId"),
        List.of());
  }

  @Test
  void aRewriteWrongOnlyOnARealHeaderPassesGeneratedInputsAndIsRejectedOnTheRecordedOne() {
    Validator validator = new Validator(ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).build());
    String wrong = fastPath(34);

    Verdict generatedOnly = validator.validate(trace("gen-only", wrong));
    // Generated inputs (literals, structure, the coverage-guided search) never build a
    // 55-character header with dashes at 2, 35 and 52: no difference is seen, and the gate keeps
    // the candidate from being proposed.
    assertThat(generatedOnly.differential().counterexample()).as(generatedOnly.reason()).isNull();
    assertThat(generatedOnly.outcome()).isEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(generatedOnly.differential().recorded()).isNull();

    Verdict replayed = validator.validate(trace("with-recorded", wrong).withRecordedCalls(
        "acme.rec.Trace#traceId(java.lang.String)",
        List.of(call(null, "no-trace-here"), call(null, REAL), call(null, "00-abc"))));

    assertThat(replayed.outcome()).as(replayed.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(replayed.differential().counterexample().arguments())
        .isEqualTo("recorded call #2 (2025-11-24T16:00:00Z): (\"" + REAL + "\")");
    assertThat(replayed.differential().counterexample().difference()).startsWith("returned");
    assertThat(replayed.reason()).contains("recorded call #2").contains(REAL);
    RecordedReport report = replayed.differential().recorded();
    assertThat(report.replayed()).isEqualTo(2);
    assertThat(report.matched()).isEqualTo(1);
    assertThat(replayed.toJson()).contains("\"summary\" : \"replayed 2 recorded calls, 1 matched\"");
  }

  @Test
  void aCorrectRewriteMatchesEveryRecordedCallWhichAlsoReachItsFastPath() {
    List<RecordedCall> calls = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(call(null, REAL.replace("4bf9", String.format("%04x", 7919 * i))));
    }
    // Malformed headers of the same length, as real traffic has them, take the fast path's other
    // branches.
    calls.add(call(null, "01" + REAL.substring(2)));
    calls.add(call(null, REAL.replace("-00f0", "000f0")));
    calls.add(call(null, REAL.substring(0, 52) + "+01"));
    calls.add(new RecordedCall(AT, new byte[] {9, 9, 9}));
    calls.add(call(null, REAL, "one argument too many"));
    List<StageEvent> events = new ArrayList<>();

    Verdict v = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .build()).validate(trace("correct", fastPath(35)).withRecordedCalls(
            "acme.rec.Trace#traceId(java.lang.String)", calls), events::add);

    RecordedReport report = v.differential().recorded();
    assertThat(report.replayed()).as(v.reason()).isEqualTo(8);
    assertThat(report.matched()).isEqualTo(8);
    assertThat(report.undecodable()).isEqualTo(2);
    assertThat(report.notes()).hasSize(2);
    assertThat(report.notes().get(0)).startsWith("recorded call #9 (").contains("payload version 9");
    assertThat(report.notes().get(1)).startsWith("recorded call #10 (")
        .contains("2 recorded arguments, the method takes 1");
    // Without the recorded headers no input takes the fast path (see the test above); with them
    // the gate is met and the candidate goes on to JMH.
    assertThat(v.differential().proven()).as(v.reason()).isTrue();
    assertThat(v.stageReached()).isEqualTo(Stage.DECIDED);
    assertThat(events).anySatisfy(e -> {
      assertThat(e.stage()).isEqualTo(Stage.DIFFERENTIAL);
      assertThat(e.status()).isEqualTo("passed");
      assertThat(e.message()).endsWith("replayed 8 recorded calls, 8 matched, 2 undecodable");
    });
  }

  private static final String QUOTA = """
      package acme.rec;

      public class Quota {
        private final String tenant;
        private long used;
        private final long limit;

        public Quota(String tenant, long limit) {
          this.tenant = tenant;
          this.limit = limit;
        }

        public boolean tryUse(long n) {
          if (n < 0) {
            throw new IllegalArgumentException("negative");
          }
          if (used + n > limit) {
            return false;
          }
          used += n;
          return true;
        }
      }
      """;

  /** Quota objects in the state production had them, built from the original class. */
  private static List<RecordedCall> quotaCalls(Path dir) throws Exception {
    assertThat(InMemoryCompiler.compile(Map.of("acme.rec.Quota", QUOTA), List.of(), dir)).isEmpty();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()})) {
      Class<?> type = loader.loadClass("acme.rec.Quota");
      Field used = type.getDeclaredField("used");
      used.setAccessible(true);
      List<RecordedCall> out = new ArrayList<>();
      long[][] states = {{10, 100, 5}, {90, 100, 10}, {0, 50, 60}};
      for (long[] s : states) {
        Object quota = type.getConstructor(String.class, long.class).newInstance("tenant-7", s[1]);
        used.setLong(quota, s[0]);
        out.add(call(quota, s[2]));
      }
      return out;
    }
  }

  /**
   * {@code candidate} of Quota with the recorded calls, after one generated call and no search:
   * what the test shows comes from the recorded receivers.
   */
  private static Verdict validateQuota(String candidate, Path dir) throws Exception {
    return new Validator(ValidationOptions.builder().callsPerMethod(1)
        .coverageSearch(0, Duration.ZERO).benchmark(BenchmarkSettings.quick()).build())
        .validate(ValidationRequest.of("quota", "acme.rec.Quota", QUOTA, candidate,
            List.of("tryUse"), List.of())
            .withRecordedCalls("acme.rec.Quota#tryUse(long)", quotaCalls(dir)));
  }

  @Test
  void instanceMethodsRunOnTheRecordedReceiversState(@TempDir Path dir) throws Exception {
    String offByOne = QUOTA.replace("if (used + n > limit)", "if (used + n >= limit)");

    Verdict v = validateQuota(offByOne, dir);

    assertThat(v.outcome()).as(v.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(v.differential().counterexample().arguments()).isEqualTo(
        "recorded call #2 (2025-11-24T16:00:00Z): receiver Quota{tenant=\"tenant-7\", used=90L,"
            + " limit=100L}; (10L)");
    assertThat(v.differential().counterexample().originalOutcome()).isEqualTo("returned true");
    assertThat(v.differential().counterexample().candidateOutcome()).isEqualTo("returned false");
    assertThat(v.differential().recorded().matched()).isEqualTo(1);
  }

  @Test
  void aReceiverTheCandidateAddedAFieldToIsNotGuessed(@TempDir Path dir) throws Exception {
    String cached = QUOTA.replace("private long used;", "private long used;\n  private long left = -1;");

    Verdict v = validateQuota(cached, dir);

    RecordedReport report = v.differential().recorded();
    assertThat(report.undecodable()).as(v.reason()).isEqualTo(3);
    assertThat(report.replayed()).isZero();
    assertThat(report.notes().get(0)).contains("the candidate's Quota adds field(s) [left]");
    // Not rejected for its behaviour (JMH may still find it not faster).
    assertThat(v.differential().counterexample()).as(v.reason()).isNull();
  }
}
