package dev.flamefix.validator.soundness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.ProgressListener;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.differential.Counterexample;
import dev.flamefix.validator.support.Rewrite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Soundness: every wrong-but-plausible rewrite is rejected by differential testing, with a
 * counterexample that shows a real difference. Runs all of them in one batch (one compile, one
 * child JVM) because each stops at its first difference.
 */
class WrongRewritesAreRejectedTest {

  @Test
  void everyWrongRewriteIsRejectedWithACounterexample() {
    List<Rewrite> rewrites = WrongRewrites.all();
    assertThat(rewrites).hasSizeGreaterThanOrEqualTo(60);
    Validator validator = new Validator(ValidationOptions.defaults());
    List<Verdict> verdicts = validator.validateAll(
        rewrites.stream().map(Rewrite::request).toList(), ProgressListener.NONE);

    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rewrites.size(); i++) {
      Verdict v = verdicts.get(i);
      String name = rewrites.get(i).name();
      if (v.accepted()) {
        problems.add(name + ": ACCEPTED");
        continue;
      }
      if (v.stageReached() != Stage.DIFFERENTIAL) {
        problems.add(name + ": rejected at " + v.stageReached() + " (" + v.reason() + ")");
        continue;
      }
      Counterexample c = v.differential().counterexample();
      if (c == null || !c.kind().equals("difference")) {
        problems.add(name + ": no difference counterexample: " + v.reason());
        continue;
      }
      // A real difference: both outcomes were recorded and they are not the same observation.
      if (c.originalOutcome().equals(c.candidateOutcome()) || c.difference().isBlank()
          || c.arguments().isBlank()) {
        problems.add(name + ": counterexample shows no difference: " + c);
      }
      System.out.println(name + " -> " + c.method() + " " + c.arguments() + " | original "
          + c.originalOutcome() + " | candidate " + c.candidateOutcome() + " | " + c.difference());
    }
    assertThat(problems).isEmpty();
  }
}
