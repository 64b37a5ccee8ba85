package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.support.Rewrite;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A differential child stopped at its whole wall-clock limit, with no single call past its own
 * limit, has not shown the candidate hanging: the verdict is unproven, never "did not return".
 */
class ChildTimeLimitTest {

  @Test
  void wholeChildTimeLimitLeavesTheCandidateUnprovenNotRejected() {
    // Every call sleeps 400 ms: far inside the 60 s per-call limit, far past a 2 s child over the
    // hundreds of generated inputs.
    Rewrite slowButCorrect = Rewrite.catalog("slow", "countDistinct",
        "public static int countDistinct(List<String> items) {\n"
            + "try { Thread.sleep(400); } catch (InterruptedException e) { throw new IllegalStateException(e); }\n"
            + "return new java.util.HashSet<>(items).size();\n}", null, null);
    Validator validator = new Validator(ValidationOptions.builder().heapMegabytes(96)
        .callTimeout(Duration.ofSeconds(60)).childTimeLimit(Duration.ofSeconds(2))
        .benchmark(BenchmarkSettings.quick()).build());

    Verdict v = validator.validateAll(List.of(slowButCorrect.request()), ProgressListener.NONE).get(0);

    assertThat(v.outcome()).isEqualTo(Verdict.Outcome.UNPROVEN);
    assertThat(v.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(v.differential().counterexample()).isNull();
    assertThat(v.reason()).contains("wall-clock limit").contains("60000 ms")
        .doesNotContain("did not return (infinite loop?)");
  }
}
