package dev.flamefix.collector.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.collector.ingest.StackCounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackWindowTest {

  private static StackWindow w(long start, long pid, Map<String, String> labels, StackCounts s) {
    return new StackWindow(
        "orders", labels, "cpu", pid, "h1", Duration.ofMillis(10), start, start + 10_000, s);
  }

  @Test
  void mergeSumsStacksAndSpansBothWindows() {
    StackWindow a = w(0, 7, Map.of("env", "prod", "zone", "a"), StackCounts.of(Map.of(List.of("m", "x"), 2)));
    StackWindow b = w(10_000, 7, Map.of("env", "prod", "zone", "b"), StackCounts.of(Map.of(List.of("m", "x"), 3)));

    StackWindow m = a.merge(b);

    assertThat(m.startEpochMs()).isZero();
    assertThat(m.endEpochMs()).isEqualTo(20_000);
    assertThat(m.stacks().count(List.of("m", "x"))).isEqualTo(5);
    assertThat(m.labels()).containsExactly(Map.entry("env", "prod"));
    assertThat(m.pid()).isEqualTo(7);
    assertThat(m.host()).isEqualTo("h1");
    // Inputs are values: unchanged.
    assertThat(a.stacks().totalSamples()).isEqualTo(2);
  }

  @Test
  void mergingProcessesClearsThePid() {
    StackWindow m = w(0, 1, Map.of(), StackCounts.empty()).merge(w(0, 2, Map.of(), StackCounts.empty()));
    assertThat(m.pid()).isZero();
  }

  @Test
  void mergeAllInOnePass() {
    StackWindow all =
        StackWindow.mergeAll(
            List.of(
                w(20_000, 1, Map.of(), StackCounts.of(Map.of(List.of("a"), 1))),
                w(0, 1, Map.of(), StackCounts.of(Map.of(List.of("a"), 2))),
                w(10_000, 1, Map.of(), StackCounts.of(Map.of(List.of("b"), 4)))));
    assertThat(all.startEpochMs()).isZero();
    assertThat(all.endEpochMs()).isEqualTo(30_000);
    assertThat(all.stacks().totalSamples()).isEqualTo(7);
    assertThat(all.duration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void refusesToMixAppsOrEvents() {
    StackWindow a = w(0, 1, Map.of(), StackCounts.empty());
    StackWindow other =
        new StackWindow("billing", Map.of(), "cpu", 1, "h1", null, 0, 1, StackCounts.empty());
    assertThatThrownBy(() -> a.merge(other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validatesItsFields() {
    assertThatThrownBy(() -> new StackWindow(" ", null, "cpu", 0, null, null, 0, 1, StackCounts.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StackWindow("a", null, "cpu", 0, null, null, 5, 1, StackCounts.empty()))
        .hasMessageContaining("before it starts");
  }
}
