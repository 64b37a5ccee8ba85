package dev.flamefix.eval.replay;

/** What the task's driver says about one answer, independently of the validator. */
public enum GroundTruth {
  EQUIVALENT_FASTER("equivalent & faster"),
  EQUIVALENT_NOT_FASTER("equivalent, not faster"),
  WRONG("wrong"),
  DOES_NOT_BUILD("does not build"),
  /** No applied source (the splicer refused it and the set gives none) or the timing failed. */
  UNKNOWN("unknown");

  private final String label;

  GroundTruth(String label) {
    this.label = label;
  }

  /** The column label of the report. */
  public String label() {
    return label;
  }
}
