package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

  @Test
  void durationsTakeAUnitOrPlainSeconds() {
    Converters.ShortDuration d = new Converters.ShortDuration();
    assertThat(d.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(d.convert(" 30S ")).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.convert("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(d.convert("7")).isEqualTo(Duration.ofSeconds(7));
    assertThatThrownBy(() -> d.convert("soon")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'soon' is not a duration");
  }

  @Test
  void benchmarkSettingsByNameOrFiveNumbers() {
    Converters.Benchmark b = new Converters.Benchmark();
    assertThat(b.convert("default")).isEqualTo(BenchmarkSettings.defaults());
    assertThat(b.convert("QUICK")).isEqualTo(BenchmarkSettings.quick());
    BenchmarkSettings s = b.convert("2, 3,200,15,150");
    assertThat(s.forks()).isEqualTo(2);
    assertThat(s.warmupIterations()).isEqualTo(3);
    assertThat(s.warmupMillis()).isEqualTo(200);
    assertThat(s.measurementIterations()).isEqualTo(15);
    assertThat(s.measurementMillis()).isEqualTo(150);
    assertThatThrownBy(() -> b.convert("fast")).hasMessageContaining("expected default, quick or 5 numbers");
    assertThatThrownBy(() -> b.convert("1,2,x,4,5")).hasMessageContaining("not a number");
  }
}
