package dev.flamefix.validator.soundness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.ProgressListener;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.support.Rewrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Soundness the other way: correct rewrites that remove a real anti-pattern pass every check
 * but speed, and those that are faster by a large factor are accepted. How small a speed-up the
 * validator resolves depends on how busy the machine is, so it is a figure in docs/validator.md
 * ({@link CorrectRewriteSpeedups}), not an assertion here; the rule itself is tested on made-up
 * numbers in {@code SpeedupRuleTest}.
 */
class CorrectRewritesAreAcceptedTest {

  /**
   * The shortest JMH run the settings allow: every rewrite must be benchmarkable, but what these
   * numbers say about speed is not asserted.
   */
  private static final BenchmarkSettings SMOKE = new BenchmarkSettings(1, 0, 10, 2, 10, 300);

  @Test
  void everyCorrectRewriteBehavesLikeTheOriginalAndCanBeBenchmarked() {
    List<Rewrite> rewrites = CorrectRewrites.all();
    assertThat(rewrites).hasSizeGreaterThanOrEqualTo(30);
    List<Verdict> verdicts = validate(rewrites, SMOKE);

    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rewrites.size(); i++) {
      Verdict v = verdicts.get(i);
      String name = rewrites.get(i).name();
      if (v.stageReached() != Stage.DECIDED) {
        problems.add(name + ": stopped at " + v.stageReached() + ": " + v.reason());
      } else if (!v.differential().equivalent()
          || v.differential().methods().get(0).calls() < 500) {
        problems.add(name + ": differential testing " + v.differential());
      } else if (v.benchmark().methods().isEmpty() || v.benchmark().methods().stream()
          .anyMatch(p -> p.error() != null || p.original() == null || p.candidate() == null)) {
        problems.add(name + ": not benchmarked: " + v.reason());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void clearlyFasterRewritesAreAcceptedWithTheirMeasuredSpeedup() {
    List<Rewrite> rewrites = CorrectRewrites.clearlyFaster();
    assertThat(rewrites).hasSize(CorrectRewrites.CLEARLY_FASTER.size());
    List<Verdict> verdicts = validate(rewrites, BenchmarkSettings.quick());

    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < rewrites.size(); i++) {
      Verdict v = verdicts.get(i);
      if (!v.accepted()) {
        rejected.add(rewrites.get(i).name() + ": " + v.reason());
      } else {
        assertThat(v.speedup()).isGreaterThan(1.1);
        assertThat(v.benchmark().methods()).allSatisfy(p -> {
          assertThat(p.intervalsOverlap()).isFalse();
          assertThat(p.original().samples())
              .isEqualTo(BenchmarkSettings.quick().measurementIterations());
        });
        assertThat(v.differential().methods().get(0).calls()).isGreaterThanOrEqualTo(500);
      }
    }
    assertThat(rejected).isEmpty();
  }

  /** Validates all rewrites in one batch and prints one line per verdict. */
  static List<Verdict> validate(List<Rewrite> rewrites, BenchmarkSettings settings) {
    Validator validator = new Validator(ValidationOptions.builder().benchmark(settings).build());
    List<Verdict> verdicts = validator.validateAll(
        rewrites.stream().map(Rewrite::request).toList(), ProgressListener.NONE);
    for (int i = 0; i < rewrites.size(); i++) {
      Verdict v = verdicts.get(i);
      System.out.println(String.format(Locale.ROOT, "%-34s %s %.2fx %s", rewrites.get(i).name(),
          v.accepted() ? "ACCEPTED" : "rejected", v.speedup(), v.accepted() ? "" : v.reason()));
    }
    return verdicts;
  }
}
