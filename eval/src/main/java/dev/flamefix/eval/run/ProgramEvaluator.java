package dev.flamefix.eval.run;

import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.EvalProgram;

/**
 * Runs the product (optimizer + validator, or any other candidate source) on one program and
 * reports what happened. Implementations measure runtimes with JMH and check candidates against
 * the program's tests, e.g. with {@link dev.flamefix.eval.suite.ProgramTester}.
 */
@FunctionalInterface
public interface ProgramEvaluator {

  /**
   * Evaluates one program.
   *
   * @throws Exception when the evaluation itself failed; the runner records nothing for the
   *     program so a rerun retries it
   */
  ProgramOutcome evaluate(EvalProgram program) throws Exception;
}
