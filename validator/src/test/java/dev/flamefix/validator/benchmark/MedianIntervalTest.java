package dev.flamefix.validator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.util.ListStatistics;

class MedianIntervalTest {

  @Test
  void ranksFollowTheBinomialCoverage() {
    // 1 - 2 P(Bin(20, 1/2) <= 2) = 0.9996 >= 0.999 but 1 - 2 P(B <= 3) = 0.9974 < 0.999
    assertThat(MedianInterval.rank(20, 0.999)).isEqualTo(3);
    assertThat(MedianInterval.rank(15, 0.999)).isEqualTo(2);
    assertThat(MedianInterval.rank(20, 0.99)).isEqualTo(4);
    assertThat(MedianInterval.rank(10, 0.999)).isZero();
    assertThat(MedianInterval.rank(1, 0.5)).isZero();
  }

  @Test
  void theIntervalIsFormedByOrderStatistics() {
    double[] x = new double[20];
    for (int i = 0; i < x.length; i++) {
      x[i] = 100 + i; // 100..119, shuffled below
    }
    double[] shuffled = {107, 119, 100, 113, 101, 118, 102, 117, 103, 116, 104, 115, 105, 114, 106, 112, 108, 111, 109, 110};
    assertThat(Arrays.stream(shuffled).sorted().toArray()).containsExactly(x);
    MedianInterval m = MedianInterval.of(shuffled, 0.999);
    assertThat(m.median()).isEqualTo(109.5);
    assertThat(m.low()).isEqualTo(102); // x(3)
    assertThat(m.high()).isEqualTo(117); // x(18)
    assertThat(m.halfWidth()).isEqualTo(7.5);
    assertThat(m.n()).isEqualTo(20);
  }

  @Test
  void oneDisturbedIterationMovesNeitherTheMedianNorTheInterval() {
    double[] calm = new double[20];
    for (int i = 0; i < calm.length; i++) {
      calm[i] = 300 + (i % 5);
    }
    double[] spiked = calm.clone();
    spiked[7] = 8000; // a descheduled GC thread charged to one iteration

    MedianInterval a = MedianInterval.of(calm, 0.999);
    MedianInterval b = MedianInterval.of(spiked, 0.999);
    assertThat(b.median()).isCloseTo(a.median(), within(1.0));
    assertThat(b.high()).isLessThanOrEqualTo(304);

    // The mean's Student-t interval, which the rule used before, is blown wide open by the spike.
    ListStatistics mean = new ListStatistics(spiked);
    assertThat(mean.getMean() + mean.getMeanErrorAt(0.999)).isGreaterThan(1500);
  }

  @Test
  void aClearlyFasterCandidateIsDisjointEvenWhenTheOriginalHasASpike() {
    double[] original = new double[20];
    double[] candidate = new double[20];
    for (int i = 0; i < 20; i++) {
      original[i] = 300 + i;
      candidate[i] = 3.5 + 0.01 * i;
    }
    original[0] = 26_000;
    MedianInterval o = MedianInterval.of(original, 0.999);
    MedianInterval c = MedianInterval.of(candidate, 0.999);
    assertThat(c.high()).isLessThan(o.low());
    assertThat(o.median() / c.median()).isGreaterThan(80);
  }

  @Test
  void tooFewIterationsGiveTheWholeRange() {
    MedianInterval m = MedianInterval.of(new double[] {5, 1, 3}, 0.999);
    assertThat(m.median()).isEqualTo(3);
    assertThat(m.low()).isEqualTo(1);
    assertThat(m.high()).isEqualTo(5);
  }
}
