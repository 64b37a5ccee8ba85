package dev.flamefix.agent.profiler;

/** async-profiler's native library could not be extracted, loaded or bound. */
public final class NativeLibraryException extends Exception {

  private static final long serialVersionUID = 1L;

  NativeLibraryException(Throwable cause) {
    super(cause.getClass().getName() + (cause.getMessage() == null ? ""
        : ": " + cause.getMessage()), cause);
  }
}
