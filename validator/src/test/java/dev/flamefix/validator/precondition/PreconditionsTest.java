package dev.flamefix.validator.precondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.validator.ValidationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host side of preconditions: what is checked before anything runs, and which asserts count. */
class PreconditionsTest {
  private static final String SOURCE = """
      package acme.bits;

      import java.nio.ByteBuffer;

      public class Shifts {
        private int limit = 3;

        public static int shift(int v, int pos, int count) {
          assert pos >= 0 && count >= 0;
          assert pos + count <= Integer.SIZE / 8 - 1;
          return v << (8 * pos);
        }

        public int bounded(int pos) {
          assert pos < limit;
          assert pos >= 0;
          return pos;
        }

        public static int remaining(ByteBuffer buffer, int offset) {
          return buffer.remaining() - offset;
        }
      }
      """;

  @Test
  void statedPreconditionsAreCheckedByJavaParserThenJavac() {
    assertThat(Preconditions.compileProblem(SOURCE, "acme.bits.Shifts", "remaining",
        "0 <= offset && offset <= buffer.limit()", List.of())).isEmpty();
    assertThat(Preconditions.compileProblem(SOURCE, "acme.bits.Shifts", "bounded", "this.limit() > pos", List.of()))
        .hasValueSatisfying(p -> assertThat(p).startsWith("the precondition this.limit() > pos does not compile: ")
            .contains("limit()"));
    assertThat(Preconditions.compileProblem(SOURCE, "acme.bits.Shifts", "remaining", "offset", List.of()))
        .hasValueSatisfying(p -> assertThat(p).contains("incompatible types"));
    assertThat(Preconditions.compileProblem(SOURCE, "acme.bits.Shifts", "remaining", "offset = 1", List.of()))
        .hasValue("the precondition of remaining(ByteBuffer,int) must not assign anything: offset = 1");
    assertThat(Preconditions.compileProblem(SOURCE, "acme.bits.Shifts", "shift", "this != null", List.of()))
        .hasValue("the precondition of shift(int,int,int) uses this, but the method is static: this != null");
    assertThat(Preconditions.compileProblem(SOURCE, "acme.bits.Shifts", "shift", "pos >= 0 &&", List.of()))
        .hasValueSatisfying(p -> assertThat(p).startsWith("the precondition of shift(int,int,int) is not a Java expression: pos >= 0 &&"));
    assertThat(Preconditions.compileProblem(SOURCE, "acme.bits.Shifts", "nothing", "true", List.of()))
        .hasValue("no method nothing in acme.bits.Shifts");
  }

  @Test
  void leadingAssertsNamingOnlyParametersArePreconditions() {
    ValidationRequest r = ValidationRequest.of("r", "acme.bits.Shifts", SOURCE, SOURCE,
        List.of("shift(int,int,int)", "bounded", "remaining"), List.of());
    Preconditions.Checks checks = Preconditions.plan(r, "ShiftsPre").orElseThrow();
    // bounded's first assert reads a field, which a check outside the class cannot: only the second counts.
    assertThat(checks.specs()).extracting(s -> s.method() + ": " + s.expression() + " [" + s.origin() + "]")
        .containsExactly("shift: (pos >= 0 && count >= 0) && (pos + count <= Integer.SIZE / 8 - 1) [leading assert]",
            "bounded: pos >= 0 [leading assert]");
    assertThat(checks.unit().binaryName()).isEqualTo("acme.bits.ShiftsPre");
    assertThat(checks.unit().source()).contains("import java.nio.ByteBuffer;")
        .contains("static boolean pre1(Shifts flamefixThis, int pos)");

    ValidationRequest shift = ValidationRequest.of("s", "acme.bits.Shifts", SOURCE, SOURCE,
        List.of("shift(int,int,int)"), List.of());
    Preconditions.Checks stated = Preconditions.plan(shift.withPrecondition("pos < 3"), "ShiftsPre").orElseThrow();
    assertThat(stated.specs().get(0).expression()).isEqualTo("(pos < 3) && (pos >= 0 && count >= 0) && (pos + count <= Integer.SIZE / 8 - 1)");
    assertThat(stated.specs().get(0).origin()).isEqualTo("stated and leading assert");
    // A stated precondition is about the targets' parameters: every target must have them.
    assertThatThrownBy(() -> Preconditions.plan(r.withPrecondition("pos < 3"), "ShiftsPre"))
        .hasMessage("the precondition of remaining(ByteBuffer,int) names pos, which is not a parameter"
            + " (parameters: buffer, offset): pos < 3");
  }
}
