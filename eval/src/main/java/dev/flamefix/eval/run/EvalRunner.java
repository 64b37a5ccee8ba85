package dev.flamefix.eval.run;

import dev.flamefix.eval.metrics.EvalMetrics;
import dev.flamefix.eval.metrics.MetricsSummary;
import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.EvalProgram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives a {@link ProgramEvaluator} over the suite: skips programs already in the store, records
 * each new outcome as soon as it is known, shows progress, and computes the metrics over the
 * programs of this suite.
 */
public final class EvalRunner {

  /**
   * What a run produced.
   *
   * @param outcomes outcomes for the suite's programs (stored earlier or now), in suite order
   * @param failures program id to the error of programs whose evaluation threw; not stored, so a
   *     rerun retries them
   * @param summary metrics over {@code outcomes}
   */
  public record Result(List<ProgramOutcome> outcomes, Map<String, String> failures, MetricsSummary summary) {

    /** Whether every program of the suite has an outcome. */
    public boolean complete() {
      return failures.isEmpty();
    }
  }

  private final ResultsStore store;
  private final ProgramEvaluator evaluator;

  /** Creates a runner that records into {@code store} and evaluates with {@code evaluator}. */
  public EvalRunner(ResultsStore store, ProgramEvaluator evaluator) {
    this.store = store;
    this.evaluator = evaluator;
  }

  /** Evaluates every program not yet in the store, updating {@code progress} as it goes. */
  public Result run(List<EvalProgram> programs, ProgressBar progress) {
    Map<String, String> failures = new LinkedHashMap<>();
    int done = 0;
    for (EvalProgram program : programs) {
      if (store.isDone(program.id())) {
        done++;
        progress.update(done, program.id() + " (stored)");
        continue;
      }
      progress.update(done, program.id() + " ...");
      try {
        ProgramOutcome outcome = evaluator.evaluate(program);
        if (!outcome.programId().equals(program.id())) {
          throw new IllegalStateException(
              "evaluator returned an outcome for " + outcome.programId() + " instead of " + program.id());
        }
        store.append(outcome);
      } catch (Exception e) {
        failures.put(program.id(), e.toString());
      }
      done++;
      progress.update(done, program.id() + (failures.containsKey(program.id()) ? " FAILED" : " done"));
    }
    progress.finish();
    Map<String, ProgramOutcome> stored = new LinkedHashMap<>();
    store.outcomes().forEach(o -> stored.put(o.programId(), o));
    List<ProgramOutcome> outcomes = new ArrayList<>();
    for (EvalProgram program : programs) {
      ProgramOutcome o = stored.get(program.id());
      if (o != null) {
        outcomes.add(o);
      }
    }
    return new Result(List.copyOf(outcomes), Map.copyOf(failures), EvalMetrics.compute(outcomes));
  }
}
