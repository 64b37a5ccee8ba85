package dev.flamefix.agent.profiler;

import dev.flamefix.agent.config.AgentOptions;
import dev.flamefix.agent.config.ProfilingEvent;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Samples with async-profiler through its Java API ({@code one.profiler.AsyncProfiler}), which
 * lives in the agent's own class loader. Each cut stops the profiler, takes the window's stacks and
 * starts a fresh session so windows never overlap.
 *
 * <p>With {@code lines=true} (the default) a session records JFR into a private temp file, read
 * and deleted at each cut: async-profiler's collapsed output has no line numbers (its 4.x
 * {@code collapsed} knows no {@code lines} option), while its JFR records every frame's line.
 * With {@code lines=false} the window is the collapsed text with dotted class names, as before.
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
  /** The JFR file of the running session; null when windows are collapsed text. */
  private final File recording;
  private boolean running;

  private AsyncProfilerSource(Object profiler, Method execute, String startCommand,
      File recording) {
    this.profiler = profiler;
    this.execute = execute;
    this.startCommand = startCommand;
    this.recording = recording;
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
      File recording = null;
      if (options.lines()) {
        // createTempFile makes it readable by this user only; the name holds no secret.
        recording = File.createTempFile("flamefix-agent-", ".jfr");
        recording.deleteOnExit();
      }
      return new AsyncProfilerSource(profiler, execute, startCommand(options, recording),
          recording);
    } catch (InvocationTargetException e) {
      throw new NativeLibraryException(e.getCause() == null ? e : e.getCause());
    } catch (Throwable t) {
      throw new NativeLibraryException(t);
    }
  }

  /**
   * The async-profiler command that starts a session with these options, recording JFR into
   * {@code recording} when it is not null.
   */
  static String startCommand(AgentOptions options, File recording) {
    ProfilingEvent event = options.event();
    return "start,event=" + event.id() + ",interval=" + options.interval()
        + (recording == null ? "" : ",jfr,file=" + recording.getAbsolutePath()) + QUIET;
  }

  @Override
  public synchronized void start() throws Exception {
    execute(startCommand);
    running = true;
  }

  @Override
  public synchronized WindowData cutWindow() throws Exception {
    if (!running) {
      return WindowData.collapsed("");
    }
    execute("stop" + QUIET);
    running = false;
    WindowData window = take();
    execute(startCommand);
    running = true;
    return window;
  }

  @Override
  public synchronized WindowData stop() throws Exception {
    if (!running) {
      return WindowData.collapsed("");
    }
    execute("stop" + QUIET);
    running = false;
    WindowData window = take();
    if (recording != null && !recording.delete() && recording.exists()) {
      recording.deleteOnExit();
    }
    return window;
  }

  /** The stopped session's stacks: the JFR file's bytes, or the collapsed dump. */
  private WindowData take() throws Exception {
    if (recording == null) {
      return WindowData.collapsed(execute("collapsed,dot" + QUIET));
    }
    byte[] bytes = recording.exists() ? readAll(recording) : new byte[0];
    return WindowData.jfr(bytes);
  }

  private static byte[] readAll(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(file.length(), 1 << 20));
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      in.close();
    }
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
