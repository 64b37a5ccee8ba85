package dev.flamefix.agent.bridge;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The only agent class instrumented host code calls. The recording advice, inlined into the host's
 * method, asks {@link #wants()} and, when it says yes, hands the receiver and arguments to
 * {@link #record}.
 *
 * <p>In the agent jar this class lives under {@code inst/boot/} and is appended to the bootstrap
 * class path when recording is allowed, so a method in any class loader can link to it; it has no
 * dependency beyond {@code java.lang}, so appending it exposes nothing else of the agent. The
 * isolated recorder sets the {@link Hook}; while none is set every call costs one volatile read.
 * Nothing here ever throws into the host.
 */
public final class RecordingBridge {

  /** The recorder's side, implemented in the agent's isolated class loader. */
  public interface Hook {
    /** Whether this call is to be copied (sampling, limits); must be cheap and must not throw. */
    boolean wants();

    /** Copies one call; only called after {@link #wants()} said yes on the same thread. */
    void record(Object receiver, Object[] arguments);
  }

  private static volatile Hook hook;
  private static final AtomicLong ENTRIES = new AtomicLong();

  private RecordingBridge() {}

  /** Installs the recorder's hook, or removes it with {@code null}. */
  public static void setHook(Hook value) {
    hook = value;
  }

  /** The hook currently installed, or {@code null}. */
  public static Hook hook() {
    return hook;
  }

  /**
   * How many times instrumented code entered the bridge since the JVM started: it stops growing
   * once the instrumentation is removed, which is how the agent's stats show the removal.
   */
  public static long entries() {
    return ENTRIES.get();
  }

  /** Called by the advice on every call of the instrumented method. */
  public static boolean wants() {
    ENTRIES.incrementAndGet();
    Hook current = hook;
    if (current == null) {
      return false;
    }
    try {
      return current.wants();
    } catch (Throwable ignored) {
      return false;
    }
  }

  /** Called by the advice when {@link #wants()} said yes. */
  public static void record(Object receiver, Object[] arguments) {
    Hook current = hook;
    if (current == null) {
      return;
    }
    try {
      current.record(receiver, arguments);
    } catch (Throwable ignored) {
      // the host's call goes on exactly as without the agent
    }
  }
}
