package dev.flamefix.server.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SavingsTest {

  @Test
  void shareTimesCoresTimesSavedFractionTimes24() {
    // 25% of 8 cores is 2 cores busy in the method; 4x faster saves 3/4 of that: 1.5 cores, 36 core-h/day.
    Savings s = Savings.estimate(0.25, 8, 4.0, 10);
    assertThat(s.coreHoursPerDay()).isCloseTo(36.0, within(1e-9));
    assertThat(s.kwhPerDay()).isCloseTo(0.36, within(1e-9));
  }

  @Test
  void wattsPerCoreScalesEnergyOnly() {
    Savings s = Savings.estimate(0.10, 4, 2.0, 25);
    assertThat(s.coreHoursPerDay()).isCloseTo(0.10 * 4 * 0.5 * 24, within(1e-9));
    assertThat(s.kwhPerDay()).isCloseTo(0.10 * 4 * 0.5 * 24 * 25 / 1000, within(1e-9));
  }

  @Test
  void noSavingsWithoutSpeedUpOrShare() {
    assertThat(Savings.estimate(0.3, 8, 1.0, 10).coreHoursPerDay()).isZero();
    assertThat(Savings.estimate(0.3, 8, 0.8, 10).coreHoursPerDay()).isZero();
    assertThat(Savings.estimate(0, 8, 5, 10).coreHoursPerDay()).isZero();
    assertThat(Savings.estimate(1.7, 1, 2, 10).hotspotShare()).isEqualTo(1.0);
  }
}
