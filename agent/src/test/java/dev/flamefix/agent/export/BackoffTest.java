package dev.flamefix.agent.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @RepeatedTest(20)
  void delaysDoubleWithJitterUpToTheCap() {
    Backoff backoff = new Backoff(1_000, 8_000, new Random());
    long[] ceilings = {1_000, 2_000, 4_000, 8_000, 8_000, 8_000};
    for (long ceiling : ceilings) {
      assertThat(backoff.nextDelayMillis()).isBetween(ceiling / 2, ceiling);
    }
    assertThat(backoff.failures()).isEqualTo(ceilings.length);
  }

  @Test
  void resetStartsOver() {
    Backoff backoff = new Backoff(1_000, 60_000, new Random(1));
    for (int i = 0; i < 10; i++) {
      backoff.nextDelayMillis();
    }
    backoff.reset();
    assertThat(backoff.failures()).isZero();
    assertThat(backoff.nextDelayMillis()).isBetween(500L, 1_000L);
  }

  @Test
  void jitterSpreadsAgentsApart() {
    java.util.Set<Long> firstDelays = new java.util.HashSet<>();
    for (int agent = 0; agent < 50; agent++) {
      firstDelays.add(new Backoff(1_000, 60_000, new Random()).nextDelayMillis());
    }
    assertThat(firstDelays).hasSizeGreaterThan(30);
  }

  @Test
  void manyFailuresNeverOverflow() {
    Backoff backoff = new Backoff(1_000, 300_000, new Random());
    for (int i = 0; i < 200; i++) {
      assertThat(backoff.nextDelayMillis()).isBetween(500L, 300_000L);
    }
  }
}
