package dev.flamefix.agent.window;

import dev.flamefix.agent.config.ProfilingEvent;
import dev.flamefix.agent.export.Exporter;
import dev.flamefix.agent.log.AgentLog;
import dev.flamefix.agent.profiler.ProfilerSource;
import dev.flamefix.agent.profiler.WindowData;
import dev.flamefix.agent.profiler.StackWindow;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides when a window ends: every {@code windowMillis} on one daemon thread it cuts the
 * profiler's stacks into a {@link StackWindow} and hands it to the exporter. If the profiler
 * fails, it logs once and stops profiling for good; the host never sees the failure.
 */
public final class WindowScheduler {

  /** Called after every window, e.g. to write statistics. */
  public interface Listener {
    /** A window was cut (empty windows included). */
    void windowCut();
  }

  private final ProfilerSource source;
  private final ProfilingEvent event;
  private final long windowMillis;
  private final Exporter exporter;
  private final AgentLog log;
  private final Listener listener;
  private final ScheduledExecutorService executor;
  private final AtomicLong cut = new AtomicLong();
  private final AtomicLong empty = new AtomicLong();
  private long windowStart;
  private boolean stopped;

  /** Creates a scheduler; nothing runs until {@link #start()}. */
  public WindowScheduler(ProfilerSource source, ProfilingEvent event, long windowMillis,
      Exporter exporter, AgentLog log, Listener listener) {
    this.source = source;
    this.event = event;
    this.windowMillis = windowMillis;
    this.exporter = exporter;
    this.log = log;
    this.listener = listener;
    this.executor = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
      @Override
      public Thread newThread(Runnable r) {
        Thread thread = new Thread(r, "flamefix-agent-windows");
        thread.setDaemon(true);
        thread.setContextClassLoader(WindowScheduler.class.getClassLoader());
        return thread;
      }
    });
  }

  /** Starts the profiler and the window clock. */
  public synchronized void start() throws Exception {
    source.start();
    windowStart = System.currentTimeMillis();
    executor.scheduleAtFixedRate(new Runnable() {
      @Override
      public void run() {
        tick();
      }
    }, windowMillis, windowMillis, TimeUnit.MILLISECONDS);
  }

  /** Cuts one window now; runs on the scheduler thread, public for tests. */
  public synchronized void tick() {
    if (stopped) {
      return;
    }
    try {
      emit(source.cutWindow());
    } catch (Throwable t) {
      log.line("profiler failed (" + t + "); profiling stopped, application unaffected");
      stopQuietly();
    }
  }

  /**
   * Stops the clock and the profiler and emits the last, partial window. Safe to call twice and
   * from a shutdown hook.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    executor.shutdownNow();
    stopped = true;
    try {
      emit(source.stop());
    } catch (Throwable t) {
      log.once("final-window", "could not cut the last window (" + t + ")");
    }
  }

  private void stopQuietly() {
    stopped = true;
    executor.shutdownNow();
    try {
      source.stop();
    } catch (Throwable ignored) {
      // already failing; nothing more to report
    }
  }

  private void emit(WindowData data) {
    long end = System.currentTimeMillis();
    StackWindow window = StackWindow.of(event, windowStart, end,
        data == null ? WindowData.collapsed("") : data);
    windowStart = end;
    cut.incrementAndGet();
    if (window.samples() == 0) {
      empty.incrementAndGet();
    } else {
      exporter.export(window);
    }
    try {
      listener.windowCut();
    } catch (Throwable ignored) {
      // statistics are best effort
    }
  }

  /** Windows cut so far, empty ones included. */
  public long cutWindows() {
    return cut.get();
  }

  /** Windows without samples; they are not sent. */
  public long emptyWindows() {
    return empty.get();
  }
}
