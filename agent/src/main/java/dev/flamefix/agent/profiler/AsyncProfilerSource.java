package dev.flamefix.agent.profiler;

import dev.flamefix.agent.config.AgentOptions;
import dev.flamefix.agent.config.ProfilingEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Samples with async-profiler through its Java API ({@code one.profiler.AsyncProfiler}), which
 * lives in the agent's own class loader. Each cut stops the profiler, dumps the collapsed stacks
 * with dotted class names, and starts a fresh session so windows never overlap.
 */
public final class AsyncProfilerSource implements ProfilerSource {

  private static final String API = "one.profiler.AsyncProfiler";
  /**
   * async-profiler logs to the host's stdout by default ("[INFO] No samples were collected",
   * kernel-symbol warnings) and the level applies per command, so every command silences it;
   * real errors still arrive as exceptions from {@code execute}.
   */
  static final String QUIET = ",loglevel=none";

  private final Object profiler;
  private final Method execute;
  private final String startCommand;
  private boolean running;

  private AsyncProfilerSource(Object profiler, Method execute, String startCommand) {
    this.profiler = profiler;
    this.execute = execute;
    this.startCommand = startCommand;
  }

  /**
   * Extracts and loads the native library and binds to the API.
   *
   * @throws NativeLibraryException if anything about the native side fails
   */
  public static AsyncProfilerSource load(AgentOptions options) throws NativeLibraryException {
    ClassLoader loader = AsyncProfilerSource.class.getClassLoader();
    try {
      Path library = NativeLibrary.extract(loader);
      Class<?> api = Class.forName(API, true, loader);
      Object profiler = api.getMethod("getInstance", String.class).invoke(null,
          library.toString());
      Method execute = api.getMethod("execute", String.class);
      return new AsyncProfilerSource(profiler, execute, startCommand(options));
    } catch (InvocationTargetException e) {
      throw new NativeLibraryException(e.getCause() == null ? e : e.getCause());
    } catch (Throwable t) {
      throw new NativeLibraryException(t);
    }
  }

  /** The async-profiler command that starts a session with these options. */
  static String startCommand(AgentOptions options) {
    ProfilingEvent event = options.event();
    return "start,event=" + event.id() + ",interval=" + options.interval() + QUIET;
  }

  @Override
  public synchronized void start() throws Exception {
    execute(startCommand);
    running = true;
  }

  @Override
  public synchronized String cutWindow() throws Exception {
    if (!running) {
      return "";
    }
    execute("stop" + QUIET);
    running = false;
    String collapsed = execute("collapsed,dot" + QUIET);
    execute(startCommand);
    running = true;
    return collapsed;
  }

  @Override
  public synchronized String stop() throws Exception {
    if (!running) {
      return "";
    }
    execute("stop" + QUIET);
    running = false;
    return execute("collapsed,dot" + QUIET);
  }

  private String execute(String command) throws Exception {
    try {
      Object result = execute.invoke(profiler, command);
      return result == null ? "" : result.toString();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception ? (Exception) cause : e;
    }
  }
}
