package dev.flamefix.server.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeRangeTest {

  static final long NOW = 1_790_000_000_000L;

  @Test
  void missingBoundsDefaultToTheRangeEndingNow() {
    assertThat(TimeRange.parse(null, null, NOW, 1000)).isEqualTo(new TimeRange(NOW - 1000, NOW));
    assertThat(TimeRange.parse("now-1h", null, NOW, 1000))
        .isEqualTo(new TimeRange(NOW - 3_600_000, NOW));
  }

  @Test
  void anEmptyRangeIsRefused() {
    assertThatThrownBy(() -> TimeRange.parse("now", "now-1h", NOW, 1000))
        .hasMessageContaining("empty time range");
  }
}
