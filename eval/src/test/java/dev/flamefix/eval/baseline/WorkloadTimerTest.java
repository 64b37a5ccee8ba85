package dev.flamefix.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.EvalSuite;
import dev.flamefix.eval.suite.ProgramTester;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real (deliberately tiny) JMH run, in the validator's sandboxed JMH child, through the same path
 * BaselineRun and the evaluator use.
 */
class WorkloadTimerTest {

  @Test
  void timesEachVersionInAForkedJmhRun(@TempDir Path dir) {
    EvalProgram program = EvalSuite.loadBundled().stream()
        .filter(p -> p.id().equals("a10-typo-distance"))
        .findFirst()
        .orElseThrow();
    // The JMH child has a private temp dir, hence its own JMH lock: no -Djmh.ignoreLock needed even
    // when other JMH runs share the machine.
    List<WorkloadTimer.Timing> timings = new WorkloadTimer(true).time(
        List.of(
            new ProgramTester.Version(program, "slow", program.slowSource()),
            new ProgramTester.Version(program, "reference", program.referenceSource())),
        new WorkloadTimer.Settings(1, 1, 2, 100),
        dir);
    assertThat(timings).extracting(WorkloadTimer.Timing::label).containsExactly("slow", "reference");
    assertThat(timings).allSatisfy(t -> assertThat(t.scoreNs()).isPositive());
    // Exponential recursion vs. a 9x9 table: two orders of magnitude even on a loaded machine.
    assertThat(timings.get(0).scoreNs()).isGreaterThan(20 * timings.get(1).scoreNs());
    assertThat(dir.resolve("jmh.log")).content().contains("WorkloadBenchmark.run");
  }

  @Test
  void refusesSettingsWithoutAnErrorBar() {
    assertThatThrownBy(() -> new WorkloadTimer.Settings(1, 0, 1, 100))
        .hasMessageContaining("iterations >= 2");
    assertThatThrownBy(() -> new WorkloadTimer.Settings(0, 0, 5, 100)).hasMessageContaining("forks >= 1");
  }

  @Test
  void uncompilableVersionIsReportedBeforeJmhStarts(@TempDir Path dir) {
    EvalProgram program = EvalSuite.loadBundled().get(0);
    assertThatThrownBy(() -> new WorkloadTimer().time(
            List.of(new ProgramTester.Version(program, "broken", "class Nope {")),
            WorkloadTimer.Settings.defaults(), dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[broken] does not compile");
  }
}
