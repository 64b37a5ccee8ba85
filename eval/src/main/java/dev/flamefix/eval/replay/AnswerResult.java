package dev.flamefix.eval.replay;

/**
 * One recorded answer after the product pipeline and the task's driver.
 *
 * @param task the task id
 * @param answer the answer's name
 * @param outcome what the pipeline did
 * @param reason the verdict's or the splice refusal's reason
 * @param validatorSpeedup the speed-up the validator measured, 0 when it did not benchmark
 * @param truth what the driver says
 * @param truthFrom where the judged source came from: {@code set} (the set's applied answer),
 *     {@code splice} (the product's spliced candidate) or {@code none}
 * @param driverSpeedup original / answer time on the driver's workload, NaN when not timed
 * @param truthNote why the driver says so
 */
public record AnswerResult(String task, String answer, PipelineOutcome outcome, String reason,
    double validatorSpeedup, GroundTruth truth, String truthFrom, double driverSpeedup,
    String truthNote) {

  /** An answer the pipeline accepted although the driver shows it wrong: a soundness failure. */
  public boolean wrongAccepted() {
    return outcome == PipelineOutcome.ACCEPTED && truth == GroundTruth.WRONG;
  }
}
