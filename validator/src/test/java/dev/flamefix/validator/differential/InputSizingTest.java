package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The doubling rule of benchmark input sizes, on made-up costs (no clock involved). */
class InputSizingTest {

  private final List<Integer> asked = new ArrayList<>();

  private IntFunction<OptionalLong> recording(IntFunction<OptionalLong> cost) {
    return s -> {
      asked.add(s);
      return cost.apply(s);
    };
  }

  @Test
  void doublesUntilOneOperationReachesTheThreshold() {
    // 2 ns per element: 300 -> 600 ns, 600 -> 1200 ns, the first at or above 1000 ns.
    int size = InputSizing.choose(300, 1 << 16, 1_000,
        recording(s -> OptionalLong.of(2L * s)));

    assertThat(size).isEqualTo(600);
    assertThat(asked).containsExactly(300, 600);
  }

  @Test
  void keepsTheStartWhenItIsAlreadyExpensiveEnoughAndDoesNotGrowFaster() {
    // One doubling is priced to see the growth: constant cost, so the start is kept.
    assertThat(InputSizing.choose(300, 1 << 16, 1_000, recording(s -> OptionalLong.of(5_000))))
        .isEqualTo(300);
    assertThat(asked).containsExactly(300, 600);
  }

  @Test
  void aLinearOriginalPastTheThresholdIsNotGrownFurther() {
    // 10 ns per element: 300 is already 3 us, 600 costs twice that, so 300 is kept.
    assertThat(InputSizing.choose(300, 1 << 16, 1_000, recording(s -> OptionalLong.of(10L * s))))
        .isEqualTo(300);
    assertThat(asked).containsExactly(300, 600);
  }

  @Test
  void aQuadraticOriginalGrowsUntilTheSuperLinearCap() {
    // A contains() on a growing list: 0.05 ns * n^2, already 4.5 us at 300. Doubling quadruples
    // it: 600 -> 18 us, 1200 -> 72 us, 2400 -> 288 us, 4800 -> 1.15 ms (over the 1 ms cap, so
    // no further doubling is priced).
    int size = InputSizing.choose(300, 1 << 16, 1_000,
        recording(s -> OptionalLong.of((long) s * s / 20)));

    assertThat(size).isEqualTo(4_800);
    assertThat(asked).containsExactly(300, 600, 1_200, 2_400, 4_800);
  }

  @Test
  void aCheapQuadraticOriginalKeepsGrowingPastTheThreshold() {
    // 0.001 ns * n^2: cheap at 300 (90 ns); the growth seen while reaching 1 us carries on.
    int size = InputSizing.choose(300, 1 << 16, 1_000,
        recording(s -> OptionalLong.of((long) s * s / 1_000)));

    // 38,400 costs 1.47 ms, over the cap: 76,800 is never priced.
    assertThat(size).isEqualTo(38_400);
    assertThat(asked).endsWith(19_200, 38_400);
  }

  @Test
  void stopsAtTheCap() {
    int size = InputSizing.choose(300, 2_400, 1_000, recording(s -> OptionalLong.of(1)));

    assertThat(size).isEqualTo(2_400);
    assertThat(asked).containsExactly(300, 600, 1_200, 2_400);
  }

  @Test
  void keepsTheLastUsableSizeWhenABiggerOneCannotBeUsed() {
    // Too slow, failing, clamped or not growing from 2400 on: that size is never taken.
    int size = InputSizing.choose(300, 1 << 16, 1_000,
        recording(s -> s >= 2_400 ? OptionalLong.empty() : OptionalLong.of(s / 10)));

    assertThat(size).isEqualTo(1_200);
    assertThat(asked).containsExactly(300, 600, 1_200, 2_400);
  }

  @Test
  void keepsTheStartWhenItCannotBeMeasured() {
    assertThat(InputSizing.choose(300, 1 << 16, 1_000, s -> OptionalLong.empty()))
        .isEqualTo(300);
  }

  @Test
  void scalarTuplesStartAtTheMostAndHalveOnlyWhileTooDear() {
    // 2 ns per tuple: 4096 tuples cost 8 us, under the cap, so one set-up decides.
    assertThat(InputSizing.largestAffordable(3, 4096, 1_000_000,
        recording(s -> OptionalLong.of(2L * s)))).isEqualTo(4096);
    assertThat(asked).containsExactly(4096);
    asked.clear();
    // 0.9 us per tuple: 4096 and 2048 are over 1 ms, 1024 is not.
    assertThat(InputSizing.largestAffordable(3, 4096, 1_000_000,
        recording(s -> OptionalLong.of(900L * s)))).isEqualTo(1024);
    assertThat(asked).containsExactly(4096, 2048, 1024);
    asked.clear();
    // Never usable (the original fails or is clamped): the fewest, without asking below it.
    assertThat(InputSizing.largestAffordable(3, 4096, 1_000_000,
        recording(s -> OptionalLong.empty()))).isEqualTo(3);
    assertThat(asked).doesNotContain(3).endsWith(8, 4);
  }

  @Test
  void aSampledPriceDecidesHowManyTuplesAreBuilt() {
    // 3 tuples at 30 ns: 10 ns each, all 4096 fit under 1 ms.
    assertThat(InputSizing.affordableFromSample(3, 4096, 1_000_000, 30)).isEqualTo(4096);
    // 3 tuples at 3 us: 1 us each, 512 fit (1024 would cost 1.02 ms).
    assertThat(InputSizing.affordableFromSample(3, 4096, 1_000_000, 3_000)).isEqualTo(512);
    // A clamped exponential recursion: 3 tuples at 15 ms, not even the sample is affordable.
    assertThat(InputSizing.affordableFromSample(3, 4096, 1_000_000, 15_000_000)).isEqualTo(3);
  }
}
