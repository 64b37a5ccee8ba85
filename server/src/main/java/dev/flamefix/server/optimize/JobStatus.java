package dev.flamefix.server.optimize;

/** Lifecycle of an optimization job. */
public enum JobStatus {
  QUEUED, RUNNING, DONE, FAILED;

  /** Whether the job will not change any more. */
  public boolean terminal() {
    return this == DONE || this == FAILED;
  }
}
