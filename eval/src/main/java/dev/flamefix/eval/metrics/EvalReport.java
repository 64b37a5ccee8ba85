package dev.flamefix.eval.metrics;

import java.util.List;

/**
 * One evaluation run: its label, how it was produced, and its outcomes and metrics.
 *
 * @param run label of the run, e.g. {@code recipes only, retrieval on}
 * @param model candidate source, e.g. {@code recipe engine}, a model name, or {@code none
 *     configured}
 * @param command the command that reproduces the run
 * @param summary suite-level metrics of {@code programs}
 * @param programs per-program outcomes
 */
public record EvalReport(
    String run, String model, String command, MetricsSummary summary, List<ProgramOutcome> programs) {

  /** Copies the outcomes. */
  public EvalReport {
    programs = List.copyOf(programs);
  }

  /** Builds a report, computing the summary from the outcomes. */
  public static EvalReport of(String run, String model, String command, List<ProgramOutcome> programs) {
    return new EvalReport(run, model, command, EvalMetrics.compute(programs), programs);
  }
}
