package dev.flamefix.agent.runtime;

import dev.flamefix.agent.config.AgentOptions;
import dev.flamefix.agent.config.InvalidOptionException;
import dev.flamefix.agent.config.OptionsParser;
import dev.flamefix.agent.config.Quantities;
import dev.flamefix.agent.export.Backoff;
import dev.flamefix.agent.export.IngestClient;
import dev.flamefix.agent.export.ProcessIdentity;
import dev.flamefix.agent.export.QueuedExporter;
import dev.flamefix.agent.export.SendOutcome;
import dev.flamefix.agent.log.AgentLog;
import dev.flamefix.agent.profiler.AsyncProfilerSource;
import dev.flamefix.agent.profiler.NativeLibraryException;
import dev.flamefix.agent.profiler.StackWindow;
import dev.flamefix.agent.export.SendQueue;
import dev.flamefix.agent.export.AgentHttp;
import dev.flamefix.agent.recorder.BootstrapBridge;
import dev.flamefix.agent.recorder.ByteBuddyInstrumenter;
import dev.flamefix.agent.recorder.CallRecorder;
import dev.flamefix.agent.recorder.RecordingPoller;
import dev.flamefix.agent.recorder.RecordingSession;
import dev.flamefix.agent.recorder.TargetResolver;
import dev.flamefix.agent.window.WindowScheduler;
import java.lang.instrument.Instrumentation;
import java.util.Random;

/**
 * Wires one running agent: options, async-profiler, the window scheduler and the queued exporter,
 * plus a shutdown hook that ships the last window when the server is healthy. Entered from
 * {@code AgentBootstrap} through the isolated class loader.
 */
public final class FlamefixAgent {

  /** How long the shutdown hook may wait for the last windows to go out. */
  static final long FLUSH_ON_EXIT_MILLIS = 2_000L;
  private static final long BACKOFF_INITIAL_MILLIS = 1_000L;
  private static final long BACKOFF_MAX_MILLIS = 60_000L;

  private final AgentOptions options;
  private final AgentLog log;
  private final WindowScheduler scheduler;
  private final QueuedExporter exporter;
  private final RecordingPoller recorder;

  private FlamefixAgent(AgentOptions options, AsyncProfilerSource source, AgentLog log,
      Instrumentation instrumentation) {
    this.options = options;
    this.log = log;
    this.recorder = options.recordingAllowed() ? recorder(options, instrumentation, log) : null;
    final IngestClient[] client = new IngestClient[1];
    QueuedExporter.Sender sender = new QueuedExporter.Sender() {
      @Override
      public SendOutcome send(StackWindow window) {
        // built lazily on the sender thread: the host name lookup may block on DNS
        if (client[0] == null) {
          client[0] = new IngestClient(FlamefixAgent.this.options, ProcessIdentity.current());
        }
        return client[0].send(window);
      }
    };
    this.exporter = new QueuedExporter(new SendQueue(options.queueBytes()), sender,
        new Backoff(BACKOFF_INITIAL_MILLIS, BACKOFF_MAX_MILLIS, new Random()), log,
        options.serverForLog());
    this.scheduler = new WindowScheduler(source, options.event(), options.windowMillis(),
        exporter, log, new WindowScheduler.Listener() {
          @Override
          public void windowCut() {
            writeStats();
          }
        });
  }

  /**
   * Starts the agent, or logs one line and stays off. Never throws.
   *
   * @param args the {@code -javaagent} / attach option string, may be null
   * @param attached true when loaded into a running JVM by {@code attach <pid>}
   * @param instrumentation the JVM's instrumentation, used only when {@code recording=allow}
   */
  public static void start(String args, boolean attached, Instrumentation instrumentation) {
    AgentLog log = new AgentLog(System.err);
    try {
      AgentOptions options;
      try {
        options = OptionsParser.parse(args, System.getenv());
      } catch (InvalidOptionException e) {
        log.line("agent disabled: " + e.getMessage());
        return;
      }
      AsyncProfilerSource source;
      try {
        source = AsyncProfilerSource.load(options);
      } catch (NativeLibraryException e) {
        log.line("agent disabled: cannot load async-profiler's native library (" + e.getMessage()
            + ")");
        return;
      }
      new FlamefixAgent(options, source, log, instrumentation).begin(attached);
    } catch (Throwable t) {
      log.line("agent disabled: " + t);
    }
  }

  private void begin(boolean attached) {
    try {
      scheduler.start();
    } catch (Throwable t) {
      log.line("agent disabled: async-profiler did not start (" + t.getMessage() + ")");
      return;
    }
    exporter.start();
    if (recorder != null) {
      recorder.start();
    }
    Thread hook = new Thread(new Runnable() {
      @Override
      public void run() {
        shutdown();
      }
    }, "flamefix-agent-shutdown");
    hook.setContextClassLoader(FlamefixAgent.class.getClassLoader());
    Runtime.getRuntime().addShutdownHook(hook);
    log.line("profiling " + options.event().id() + " every " + options.intervalForLog()
        + (attached ? " (attached)" : "") + ", sending " + Quantities.formatNanos(
            options.windowMillis() * 1_000_000L) + " windows of app '" + options.app() + "' to "
        + options.serverForLog() + (recorder != null ? "; recording allowed" : ""));
  }

  /**
   * The recording side: the bridge goes onto the bootstrap class path first, because the
   * recorder's classes link to it; if that fails, requests are answered FAILED with the reason.
   */
  private static RecordingPoller recorder(AgentOptions options,
      final Instrumentation instrumentation, AgentLog log) {
    String unavailable = BootstrapBridge.install(instrumentation);
    RecordingSession session = null;
    if (unavailable == null) {
      session = new RecordingSession(options.app(), new TargetResolver(
          new TargetResolver.LoadedClasses() {
            @Override
            public Class<?>[] all() {
              return instrumentation.getAllLoadedClasses();
            }
          }), new ByteBuddyInstrumenter(instrumentation), options.redact(), CallRecorder.SYSTEM);
    }
    return new RecordingPoller(options.app(), options.windowMillis(),
        RecordingPoller.http(new AgentHttp(options), options.app()), session, unavailable, log);
  }

  private void shutdown() {
    try {
      if (recorder != null) {
        recorder.stop(Math.min(FLUSH_ON_EXIT_MILLIS, options.timeoutMillis()));
      }
      scheduler.stop();
      exporter.flush(Math.min(FLUSH_ON_EXIT_MILLIS, options.timeoutMillis()));
      exporter.close();
      writeStats();
    } catch (Throwable ignored) {
      // the JVM is exiting; nothing useful left to do
    }
  }

  private void writeStats() {
    if (options.statsFile() == null) {
      return;
    }
    try {
      AgentStats.write(options.statsFile(), AgentStats.snapshot(scheduler, exporter, recorder));
    } catch (Throwable t) {
      log.once("stats", "cannot write stats file " + options.statsFile() + " (" + t + ")");
    }
  }
}
