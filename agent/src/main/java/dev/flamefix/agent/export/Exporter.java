package dev.flamefix.agent.export;

import dev.flamefix.agent.profiler.StackWindow;

/** Where finished windows go. Implementations must return quickly and never throw. */
public interface Exporter {

  /** Accepts one window for delivery. */
  void export(StackWindow window);
}
