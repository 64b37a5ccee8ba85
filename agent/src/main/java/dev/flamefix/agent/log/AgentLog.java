package dev.flamefix.agent.log;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;

/**
 * The agent's only output: single lines on the host's stderr, prefixed {@code [flamefix-agent]},
 * with a lifetime budget so a flapping server can never flood the application's logs.
 */
public final class AgentLog {

  /** Prefix of every line, so operators can grep the agent out of application output. */
  public static final String PREFIX = "[flamefix-agent] ";
  private static final int BUDGET = 40;

  private final PrintStream out;
  private final Set<String> onceKeys = new HashSet<String>();
  private int written;

  /** Logs to the given stream (the host's stderr in production). */
  public AgentLog(PrintStream out) {
    this.out = out;
  }

  /** Writes one line, unless the budget is spent. */
  public synchronized void line(String message) {
    if (written > BUDGET) {
      return;
    }
    written++;
    try {
      out.println(PREFIX + (written > BUDGET
          ? "further agent messages suppressed" : message.replace('\n', ' ')));
    } catch (Throwable ignored) {
      // a broken stderr must not break the agent, let alone the host
    }
  }

  /** Writes the line only the first time this key is seen. */
  public synchronized void once(String key, String message) {
    if (onceKeys.add(key)) {
      line(message);
    }
  }
}
