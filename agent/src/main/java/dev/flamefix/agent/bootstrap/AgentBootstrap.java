package dev.flamefix.agent.bootstrap;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Entry point of {@code flamefix-agent.jar}: {@code -javaagent} ({@link #premain}), dynamic attach
 * ({@link #agentmain}) and the {@code attach <pid>} command line ({@link #main}).
 *
 * <p>This is the only class package of the jar the host application can see. It does nothing but
 * open an {@link IsolatedClassLoader} over the jar and hand the options to the implementation
 * inside it; any failure becomes one line on stderr and the host carries on without the agent.
 */
public final class AgentBootstrap {

  private static final String RUNTIME = "dev.flamefix.agent.runtime.FlamefixAgent";
  private static final String ATTACH = "dev.flamefix.agent.attach.AttachCommand";
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private AgentBootstrap() {}

  /** Called by the JVM for {@code -javaagent:flamefix-agent.jar=options}. */
  public static void premain(String options, Instrumentation instrumentation) {
    start(options, false, instrumentation);
  }

  /** Called in the target JVM when {@code attach <pid>} loads the agent. */
  public static void agentmain(String options, Instrumentation instrumentation) {
    start(options, true, instrumentation);
  }

  /** {@code java -jar flamefix-agent.jar attach <pid> [options]}. */
  public static void main(String[] args) {
    int code;
    try {
      ClassLoader loader = new IsolatedClassLoader(ownJar(),
          AgentBootstrap.class.getClassLoader());
      Object result = Class.forName(ATTACH, true, loader).getMethod("run", String[].class)
          .invoke(null, (Object) args);
      code = (Integer) result;
    } catch (Throwable t) {
      System.err.println("[flamefix-agent] attach failed: " + describe(t));
      code = 1;
    }
    System.exit(code);
  }

  private static void start(String options, boolean attached, Instrumentation instrumentation) {
    try {
      if (!STARTED.compareAndSet(false, true)) {
        System.err.println("[flamefix-agent] already running in this JVM; ignoring the second start");
        return;
      }
      ClassLoader loader = new IsolatedClassLoader(ownJar(),
          IsolatedClassLoader.platformOrBootstrap());
      Class.forName(RUNTIME, true, loader).getMethod("start", String.class, boolean.class,
          Instrumentation.class).invoke(null, options, attached, instrumentation);
    } catch (Throwable t) {
      // The implementation never throws; reaching this means the jar itself is broken.
      System.err.println("[flamefix-agent] cannot start, agent disabled: " + describe(t));
    }
  }

  private static File ownJar() throws Exception {
    return new File(AgentBootstrap.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
  }

  private static String describe(Throwable t) {
    Throwable cause = t instanceof InvocationTargetException && t.getCause() != null
        ? t.getCause() : t;
    return cause.getClass().getName() + (cause.getMessage() == null ? ""
        : ": " + cause.getMessage());
  }
}
