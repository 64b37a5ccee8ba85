package dev.flamefix.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeParamsTest {

  static final long NOW = 1_790_000_000_000L;

  @Test
  void epochUnitsAreToldApartByMagnitude() {
    assertThat(TimeParams.epochMillis("1790000000", NOW, 0)).isEqualTo(1_790_000_000_000L);
    assertThat(TimeParams.epochMillis("1790000000123", NOW, 0)).isEqualTo(1_790_000_000_123L);
    assertThat(TimeParams.epochMillis("1790000000123456", NOW, 0)).isEqualTo(1_790_000_000_123L);
    assertThat(TimeParams.epochMillis("1790000000123456789", NOW, 0)).isEqualTo(1_790_000_000_123L);
  }

  @Test
  void relativeIsoAndMissingValues() {
    assertThat(TimeParams.epochMillis("now", NOW, 0)).isEqualTo(NOW);
    assertThat(TimeParams.epochMillis("now-15m", NOW, 0)).isEqualTo(NOW - 15 * 60_000);
    assertThat(TimeParams.epochMillis("2026-01-01T00:00:00Z", NOW, 0)).isEqualTo(1_767_225_600_000L);
    assertThat(TimeParams.epochMillis(null, NOW, 7)).isEqualTo(7);
    assertThatThrownBy(() -> TimeParams.epochMillis("now-5y", NOW, 0))
        .hasMessageContaining("invalid time 'now-5y'");
  }
}
