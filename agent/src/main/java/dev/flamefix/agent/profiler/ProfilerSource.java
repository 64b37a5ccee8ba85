package dev.flamefix.agent.profiler;

/**
 * Where samples come from. The scheduler starts it once, then asks for the collapsed stacks of
 * each elapsed window; a source must reset after each cut so windows never overlap.
 */
public interface ProfilerSource {

  /** Starts sampling. */
  void start() throws Exception;

  /** Returns the collapsed stacks gathered since the last cut (or start) and keeps sampling. */
  String cutWindow() throws Exception;

  /** Stops sampling and returns the collapsed stacks of the last, partial window. */
  String stop() throws Exception;
}
