package dev.flamefix.agent.recorder;

/** Puts the recording advice on one method and takes it off again. */
public interface Instrumenter {

  /** The advice in place on one method. */
  interface Installed {
    /** Restores the method's original code; true when the class was retransformed back. */
    boolean remove();
  }

  /**
   * Instruments the target, or throws leaving it as it was.
   *
   * @throws Exception with a one-line message naming why
   */
  Installed install(RecordingTarget target) throws Exception;
}
