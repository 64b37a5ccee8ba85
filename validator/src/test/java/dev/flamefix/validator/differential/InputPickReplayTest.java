package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The measured benchmark forks rebuild the inputs the sizing fork picked from its recorded
 * decisions: the same tuples, without one call of the original (calls there would leave the
 * original's JIT profile in the candidate's fork).
 */
class InputPickReplayTest {

  /** Throws on odd numbers (skipped tuples) and counts its calls. */
  public static final class EvenOnly {
    static final AtomicInteger CALLS = new AtomicInteger();

    public static int half(long value) {
      CALLS.incrementAndGet();
      if ((value & 1) != 0) {
        throw new IllegalArgumentException("odd");
      }
      return (int) (value / 2);
    }
  }

  @Test
  void replayedDecisionsGiveTheSameInputsWithoutCallingTheOriginal() throws Exception {
    Method method = EvenOnly.class.getMethod("half", long.class);
    BenchmarkFixture.Inputs picked = pick(method, null);
    assertThat(picked.decisions()).contains("s").contains("k");
    assertThat(EvenOnly.CALLS.get()).isPositive();

    EvenOnly.CALLS.set(0);
    BenchmarkFixture.Inputs replayed = pick(method, picked.decisions());

    assertThat(EvenOnly.CALLS.get()).isZero();
    assertThat(replayed.plans()).isEqualTo(picked.plans()).hasSize(64);
  }

  @Test
  void replayedClampingShrinksTheSameWay() throws Exception {
    Method method = StalledCallTest.SlowOnLargeNumbers.class.getMethod("bitsOf", long.class);
    BenchmarkFixture.Inputs picked = pick(method, null);
    assertThat(picked.clamped()).isTrue();

    BenchmarkFixture.Inputs replayed = pick(method, picked.decisions());

    assertThat(replayed.clamped()).isTrue();
    assertThat(replayed.plans()).isEqualTo(picked.plans());
  }

  private static BenchmarkFixture.Inputs pick(Method method, String replay) {
    ValueGenerator generator = new ValueGenerator(new Random(7),
        ValueGenerator.Dictionary.of(List.of(), List.of(), List.of()));
    return BenchmarkFixture.inputs(method, null, generator, 64, true, List.of(), replay, null);
  }
}
