package dev.flamefix.eval.metrics;

import dev.flamefix.eval.suite.ProgramKind;
import java.util.List;

/**
 * FasterPy's metrics (section 6.3, equations 4-7) applied per Java program of the suite.
 *
 * <p>FasterPy scores the code each model generates; flamefix's output for a program is the code
 * it leaves behind: the proposed candidate, or the unchanged original when nothing was proposed
 * (which is correct and has speedup 1, just as a model that returns its input would). With C the
 * programs whose resulting code passes all tests (untouched, or a correct proposal):
 *
 * <ul>
 *   <li>{@code Runtime_Mean} = (1/|C|) &Sigma;<sub>i&isin;C</sub> runtime<sub>i</sub><sup>result</sup>
 *       (eq. 4);
 *   <li>{@code Pass@1} = (programs whose first candidate passes all tests) / (programs with at
 *       least one candidate) (eq. 5; programs without any candidate are not samples);
 *   <li>{@code @Speedup} = [(1/|C|) &Sigma;<sub>C</sub> runtime<sup>orig</sup>] / [(1/|C|)
 *       &Sigma;<sub>C</sub> runtime<sup>result</sup>], a ratio of means, not a mean of ratios (eq. 6);
 *   <li>{@code %OPT} = (1/N) &Sigma;<sub>i</sub> I(proposal<sub>i</sub> correct &and;
 *       runtime<sub>i</sub><sup>result</sup> &times; 1.1 &lt; runtime<sub>i</sub><sup>orig</sup>)
 *       over all N programs (eq. 7);
 *   <li>wrong proposals (must be 0), already-fast programs left untouched, and correct faster
 *       candidates the validator rejected (SPEC &sect;6, validator soundness).
 * </ul>
 */
public final class EvalMetrics {

  /** A correct proposal counts towards %OPT when {@code optimized * OPT_THRESHOLD < original}. */
  public static final double OPT_THRESHOLD = 1.1;

  private EvalMetrics() {}

  /** Computes the suite-level metrics; an empty list gives zero counts and null ratios. */
  public static MetricsSummary compute(List<ProgramOutcome> outcomes) {
    int n = outcomes.size();
    int attempted = 0;
    int firstPassed = 0;
    int optimized = 0;
    int correct = 0;
    double sumResult = 0;
    double sumOriginal = 0;
    double sumLogSpeedup = 0;
    int wrong = 0;
    int alreadyFast = 0;
    int alreadyFastUntouched = 0;
    int rejected = 0;
    for (ProgramOutcome o : outcomes) {
      if (o.candidates() > 0) {
        attempted++;
        if (o.firstCandidatePassed()) {
          firstPassed++;
        }
      }
      if (o.optimized()) {
        optimized++;
      }
      if (o.correct()) {
        correct++;
        sumResult += o.optimizedRuntimeNs();
        sumOriginal += o.originalRuntimeNs();
        sumLogSpeedup += Math.log(o.speedup());
      }
      if (o.wrongProposal()) {
        wrong++;
      }
      if (o.kind() == ProgramKind.ALREADY_FAST) {
        alreadyFast++;
        if (!o.proposed()) {
          alreadyFastUntouched++;
        }
      }
      rejected += o.correctFasterRejected();
    }
    Double runtimeMean = correct == 0 ? null : sumResult / correct;
    Double originalMean = correct == 0 ? null : sumOriginal / correct;
    return new MetricsSummary(
        n,
        attempted,
        firstPassed,
        attempted == 0 ? null : (double) firstPassed / attempted,
        optimized,
        n == 0 ? null : (double) optimized / n,
        correct,
        runtimeMean,
        originalMean,
        correct == 0 ? null : originalMean / runtimeMean,
        correct == 0 ? null : Math.exp(sumLogSpeedup / correct),
        wrong,
        alreadyFast,
        alreadyFastUntouched,
        rejected);
  }
}
