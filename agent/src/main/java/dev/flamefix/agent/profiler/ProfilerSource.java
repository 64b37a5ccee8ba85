package dev.flamefix.agent.profiler;

/**
 * Where samples come from. The scheduler starts it once, then asks for the stacks of each elapsed
 * window; a source must reset after each cut so windows never overlap.
 */
public interface ProfilerSource {

  /** Starts sampling. */
  void start() throws Exception;

  /** Returns the stacks gathered since the last cut (or start) and keeps sampling. */
  WindowData cutWindow() throws Exception;

  /** Stops sampling and returns the stacks of the last, partial window. */
  WindowData stop() throws Exception;
}
