package dev.flamefix.validator.coverage.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finite input domains read from preconditions: bounds, overflow, exact filtering. */
class InputDomainTest {
  private static final List<Param> SHIFT =
      List.of(new Param("initialVal", 'I', 0), new Param("pos", 'I', 1), new Param("count", 'I', 2));

  @Test
  void overflowSafeFormBoundsBothParametersAndLeavesTheUnboundedOneUnknown() {
    InputDomain d = InputDomain.derive("pos >= 0 && count >= 0 && pos <= 3 - count", SHIFT).orElseThrow();
    assertThat(d.params()).extracting(Param::name).containsExactlyInAnyOrder("pos", "count");
    // pos + count <= 3 with both >= 0: 4 + 3 + 2 + 1 pairs.
    assertThat(d.tuples()).hasSize(10);
    int pos = d.params().get(0).name().equals("pos") ? 0 : 1;
    assertThat(d.tuples()).allMatch(t -> t[pos] + t[1 - pos] <= 3 && t[0] >= 0 && t[1] >= 0);
  }

  @Test
  void aConjunctThatMayWrapDoesNotBoundAnything() {
    // Without count >= 0, 3 - count wraps for count near Integer.MIN_VALUE: nothing is bounded.
    assertThat(InputDomain.derive("pos >= 0 && pos <= 3 - count", SHIFT)).isEmpty();
  }

  @Test
  void aParameterBoundedOnOneSideOnlyIsNotEnumerated() {
    assertThat(InputDomain.derive("pos >= 0", SHIFT)).isEmpty();
    assertThat(InputDomain.derive("pos >= 0 && pos < 100000 && count == 1", SHIFT).orElseThrow()
        .params()).extracting(Param::name).containsExactly("count");
  }

  @Test
  void tuplesAreFilteredWithJavaIntArithmeticIncludingOverflow() {
    // pos * 1_000_000_000 wraps negative for pos = 3 (3e9 > Integer.MAX_VALUE), not for 2; the
    // mathematical reading would keep 3 as well.
    InputDomain d = InputDomain.derive("pos >= 0 && pos <= 3 && pos * 1000000000 > 0", SHIFT).orElseThrow();
    assertThat(d.tuples()).extracting(t -> t[0]).containsExactly(1L, 2L);
  }

  @Test
  void longAndCharParametersAndUnreadableConjuncts() {
    List<Param> params = List.of(new Param("n", 'J', 0), new Param("c", 'C', 2), new Param("s", 'L', 3));
    InputDomain d = InputDomain.derive("n >= 10L && n < 12 && c >= 'a' && c <= 'b' && s.length() > n",
        params).orElseThrow();
    assertThat(d.tuples()).hasSize(4);
    // A division by zero makes the child's check throw, so that input is never admitted.
    InputDomain e = InputDomain.derive("n >= 0 && n <= 2 && 10 / n > 1", params).orElseThrow();
    assertThat(e.tuples()).extracting(t -> t[0]).containsExactly(1L, 2L);
  }

  @Test
  void hugeRangesAreNeverEnumerated() {
    List<Param> params = List.of(new Param("a", 'J', 0), new Param("b", 'J', 2));
    // Two values of a, then 2^62 of b: the tuple count must not wrap into "small".
    InputDomain d = InputDomain.derive("a >= 0 && a <= 1 && b >= 0 && b <= 4611686018427387903L",
        params).orElseThrow();
    assertThat(d.params()).extracting(Param::name).containsExactly("a");
  }

  @Test
  void anUnsatisfiablePreconditionClaimsNothing() {
    assertThat(InputDomain.derive("pos >= 2 && pos <= 1", SHIFT)).isEmpty();
    assertThat(InputDomain.derive("pos >=", SHIFT)).isEmpty();
  }
}
