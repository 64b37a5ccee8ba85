package dev.flamefix.validator.soundness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.ProgressListener;
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
 * Soundness the other way: correct rewrites that remove a real anti-pattern pass differential
 * testing and are measured faster by JMH. All pairs go through one JMH run with short settings.
 */
class CorrectRewritesAreAcceptedTest {

  @Test
  void everyCorrectFasterRewriteIsAcceptedWithItsMeasuredSpeedup() {
    List<Rewrite> rewrites = CorrectRewrites.all();
    assertThat(rewrites).hasSizeGreaterThanOrEqualTo(30);
    Validator validator = new Validator(ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).build());
    List<Verdict> verdicts = validator.validateAll(
        rewrites.stream().map(Rewrite::request).toList(), ProgressListener.NONE);

    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < rewrites.size(); i++) {
      Verdict v = verdicts.get(i);
      System.out.println(String.format(Locale.ROOT, "%-34s %s %.2fx %s", rewrites.get(i).name(),
          v.accepted() ? "ACCEPTED" : "rejected", v.speedup(), v.accepted() ? "" : v.reason()));
      if (!v.accepted()) {
        rejected.add(rewrites.get(i).name() + ": " + v.reason());
      } else {
        assertThat(v.speedup()).isGreaterThan(1.1);
        assertThat(v.benchmark().methods()).allSatisfy(p -> {
          assertThat(p.intervalsOverlap()).isFalse();
          assertThat(p.original().samples()).isEqualTo(BenchmarkSettings.quick().measurementIterations());
        });
        assertThat(v.differential().methods().get(0).calls()).isGreaterThanOrEqualTo(500);
      }
    }
    assertThat(rejected).isEmpty();
  }
}
