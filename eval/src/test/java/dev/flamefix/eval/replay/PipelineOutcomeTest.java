package dev.flamefix.eval.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.Stage;
import dev.flamefix.validator.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineOutcomeTest {

  private static Verdict verdict(Verdict.Outcome outcome, Stage stage) {
    return new Verdict("a", outcome, "why", stage, "p.C", List.of("m"), null, null, null, null,
        null, "", 0);
  }

  @Test
  void anUnmeasuredBenchmarkIsUnprovenNotNotFaster() {
    assertThat(PipelineOutcome.of(verdict(Verdict.Outcome.UNPROVEN, Stage.DECIDED)))
        .isEqualTo(PipelineOutcome.NOT_MEASURED);
  }

  @Test
  void uncoveredChangesAreUnprovenByCoverage() {
    assertThat(PipelineOutcome.of(verdict(Verdict.Outcome.UNPROVEN, Stage.DIFFERENTIAL)))
        .isEqualTo(PipelineOutcome.UNPROVEN);
  }
}
