package dev.flamefix.validator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {
  private final BenchmarkSettings quick = BenchmarkSettings.quick();

  @Test
  void idleLimitIsTwiceTheEstimatePlusStartAllowances() {
    // 6 x 200 ms warm-up + 15 x 150 ms measured + 600 ms fork = 4.05 s per benchmark
    assertThat(quick.timeLimit(2)).isEqualTo(Duration.ofMillis(20_000 + 2 * 2 * (4_050 + 5_000)));
    assertThat(quick.timeLimit(2, 1)).isEqualTo(quick.timeLimit(2));
  }

  @Test
  void limitGrowsWithLoadPerCoreUpToTheCap() {
    Duration idle = quick.timeLimit(2);
    assertThat(quick.timeLimit(2, 2.5)).isEqualTo(Duration.ofMillis(Math.round(idle.toMillis() * 2.5)));
    assertThat(quick.timeLimit(2, 40)).isEqualTo(idle.multipliedBy((long) BenchmarkSettings.MAX_LOAD_SCALE));
  }

  @Test
  void aQuietOrUnknownLoadNeverShortensTheLimit() {
    Duration idle = quick.timeLimit(3);
    assertThat(quick.timeLimit(3, 0.2)).isEqualTo(idle);
    assertThat(quick.timeLimit(3, Double.NaN)).isEqualTo(idle);
  }

  @Test
  void machineLoadIsTheKernelsLoadAverageDividedByTheCores() throws Exception {
    Path loadavg = Path.of("/proc/loadavg");
    Assumptions.assumeTrue(Files.isReadable(loadavg), "needs Linux's /proc/loadavg");
    double perCore = MachineLoad.perCore();
    double kernel = Double.parseDouble(Files.readString(loadavg).split(" ")[0])
        / Runtime.getRuntime().availableProcessors();
    // Both read the same one-minute average; it can move a little between the two reads.
    assertThat(perCore).isCloseTo(kernel, org.assertj.core.data.Offset.offset(0.5));
  }
}
