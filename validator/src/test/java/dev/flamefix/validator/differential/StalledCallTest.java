package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Benchmark inputs are clamped only when the original itself does not return on them: a single
 * call that misses the budget because the machine stalled must not shrink every later input (on
 * a loaded machine that turned a varint-size method's benchmark into one over numbers below
 * 1024), while an input the original really cannot finish on still is.
 */
class StalledCallTest {

  /** Stalls past the per-call budget on its first call only, as a starved thread would. */
  public static final class StallsOnce {
    static final AtomicBoolean STALLED = new AtomicBoolean();

    public static int bitsOf(long value) {
      if (STALLED.compareAndSet(false, true)) {
        sleep(1_500);
      }
      return 64 - Long.numberOfLeadingZeros(value);
    }
  }

  /** Never returns in time on a large number, like an exponential recursion. */
  public static final class SlowOnLargeNumbers {
    public static int bitsOf(long value) {
      if (Math.abs(value) > 1_000_000) {
        sleep(1_500);
      }
      return 64 - Long.numberOfLeadingZeros(value);
    }
  }

  @Test
  void aSingleStallDoesNotClampTheInputs() throws Exception {
    StallsOnce.STALLED.set(false);
    BenchmarkFixture.Inputs picked = pick(StallsOnce.class.getMethod("bitsOf", long.class));

    assertThat(StallsOnce.STALLED).isTrue();
    assertThat(picked.clamped()).isFalse();
    assertThat(picked.plans()).hasSize(64);
    assertThat(picked.plans().stream().mapToLong(StalledCallTest::magnitude).max().orElseThrow())
        .as("numbers of every bit length stay in the benchmark")
        .isGreaterThan(1L << 40);
  }

  @Test
  void anInputTheOriginalCannotFinishStillClampsTheRest() throws Exception {
    BenchmarkFixture.Inputs picked =
        pick(SlowOnLargeNumbers.class.getMethod("bitsOf", long.class));

    assertThat(picked.clamped()).isTrue();
    assertThat(picked.plans()).isNotEmpty()
        .allSatisfy(plan -> assertThat(magnitude(plan)).isLessThanOrEqualTo(1_000_000));
  }

  private static BenchmarkFixture.Inputs pick(Method method) {
    ValueGenerator generator = new ValueGenerator(new Random(7),
        ValueGenerator.Dictionary.of(List.of(), List.of(), List.of()));
    return BenchmarkFixture.inputs(method, null, generator, 64, true, List.of());
  }

  private static long magnitude(List<Value> plan) {
    return Math.abs((Long) plan.get(0).materialize());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
