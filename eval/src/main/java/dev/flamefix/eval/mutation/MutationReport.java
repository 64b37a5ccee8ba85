package dev.flamefix.eval.mutation;

import java.util.List;
import java.util.Map;

/**
 * Everything one mutation-score run measured, self-describing enough to be compared with a rerun.
 *
 * @param command how the run was started
 * @param settings what it ran with
 * @param started ISO-8601 start time
 * @param wallSeconds wall-clock time of the whole run
 * @param totals counts over every subject
 * @param subjects per-class counts
 * @param mutants every mutant and what happened to it
 * @param rewrites the correct rewrites (control group) and whether differential testing let them
 *     through
 */
public record MutationReport(String command, Settings settings, String started, long wallSeconds,
    Totals totals, List<SubjectSummary> subjects, List<MutantResult> mutants,
    List<RewriteResult> rewrites) {

  /**
   * @param mutators PIT mutator group
   * @param calls differential calls per method in the first pass (the validator's default)
   * @param seed seed of the first pass
   * @param rerunCalls calls per method when survivors are checked again
   * @param rerunSeeds the seeds of that second check
   * @param callTimeoutMillis time one call may take
   * @param validatorStages which validator stages were applied
   */
  public record Settings(String mutators, int calls, long seed, int rerunCalls,
      List<Long> rerunSeeds, long callTimeoutMillis, String validatorStages) {}

  /**
   * @param subjects classes mutated
   * @param mutants mutants made
   * @param byOutcome mutants per first-pass {@link MutantOutcome}
   * @param killedByKind killed mutants per counterexample kind
   * @param killedOnRerun first-pass survivors that the larger second check killed
   * @param survivedRerun first-pass survivors that also survived the second check
   * @param rewrites correct rewrites checked
   * @param rewritesPassed correct rewrites differential testing let through
   */
  public record Totals(int subjects, int mutants, Map<MutantOutcome, Integer> byOutcome,
      Map<String, Integer> killedByKind, int killedOnRerun, int survivedRerun, int rewrites,
      int rewritesPassed) {}

  /**
   * @param id subject id
   * @param className the class mutated
   * @param targets the methods mutated
   * @param mutants mutants made
   * @param killed killed in the first pass
   * @param survived survived the first pass
   * @param notRun could not be checked
   * @param killedOnRerun survivors killed by the second check
   * @param error why the subject could not be run at all, or {@code null}
   * @param seconds wall time spent on it
   */
  public record SubjectSummary(String id, String className, List<String> targets, int mutants,
      int killed, int survived, int unproven, int notRun, int killedOnRerun, String error,
      long seconds) {}

  /**
   * @param subject subject id
   * @param id task id
   * @param method the mutated method (a lambda's synthetic name when the change is in a lambda)
   * @param line source line of the change
   * @param mutator PIT mutator
   * @param description PIT's description of the change
   * @param sourceLine the original source line, for reading the report
   * @param outcome first-pass outcome
   * @param kind counterexample kind when killed
   * @param evidence the counterexample or error
   * @param rerun the second check's outcome for first-pass survivors, else {@code null}
   * @param rerunEvidence the second check's counterexample, if any
   */
  public record MutantResult(String subject, String id, String method, int line, String mutator,
      String description, String sourceLine, MutantOutcome outcome, String kind, String evidence,
      MutantOutcome rerun, String rerunEvidence) {}

  /**
   * @param subject subject id
   * @param label which rewrite
   * @param outcome what differential testing made of it ({@code SURVIVED} = let through)
   * @param evidence the counterexample or error when not let through
   */
  public record RewriteResult(String subject, String label, MutantOutcome outcome,
      String evidence) {}
}
