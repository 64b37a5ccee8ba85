package dev.flamefix.agent.attach;

import dev.flamefix.agent.config.AgentOptions;
import dev.flamefix.agent.config.InvalidOptionException;
import dev.flamefix.agent.config.OptionsParser;
import dev.flamefix.agent.log.AgentLog;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Collections;
import java.util.Map;

/**
 * {@code java -jar flamefix-agent.jar attach <pid> [options]}: validates the options here, where
 * the user can see errors, then loads the agent into the running JVM {@code pid} through the JDK
 * attach API ({@code jdk.attach} on 9+, {@code tools.jar} on 8), reached by reflection so the
 * agent still compiles for Java 8.
 *
 * <p>Options come from the arguments (one or more, joined with commas), then from this shell's
 * {@code FLAMEFIX_*} variables; the target JVM fills anything still missing from its own
 * environment.
 */
public final class AttachCommand {

  static final String USAGE = "usage: java -jar flamefix-agent.jar attach <pid> "
      + "server=URL,app=NAME[,event=cpu|wall|alloc|lock][,interval=10ms][,window=10s]"
      + "[,labels=k=v;k=v][,token=T][,queue=8mb][,timeout=10s][,stats=FILE]";

  private AttachCommand() {}

  /** Runs the command; returns the process exit code (0 ok, 1 attach failed, 2 usage). */
  public static int run(String[] args) {
    return run(args, System.getenv(), System.out, System.err);
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length < 2 || !"attach".equals(args[0]) || !args[1].matches("\\d{1,10}")) {
      err.println(USAGE);
      return 2;
    }
    String pid = args[1];
    String options;
    AgentOptions resolved;
    try {
      StringBuilder joined = new StringBuilder();
      for (int i = 2; i < args.length; i++) {
        joined.append(joined.length() == 0 ? "" : ",").append(args[i]);
      }
      Map<String, String> explicit = OptionsParser.splitOptions(joined.toString());
      for (String key : OptionsParser.KEYS) {
        String value = env.get(OptionsParser.ENV_PREFIX + key.toUpperCase(java.util.Locale.ROOT));
        if (!explicit.containsKey(key) && value != null && !value.trim().isEmpty()) {
          explicit.put(key, value.trim());
        }
      }
      resolved = OptionsParser.resolve(explicit, Collections.<String, String>emptyMap());
      options = OptionsParser.format(explicit);
    } catch (InvalidOptionException e) {
      err.println(AgentLog.PREFIX + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      loadAgent(pid, agentJar(), options);
      out.println(AgentLog.PREFIX + "attached to pid " + pid + ": " + resolved);
      return 0;
    } catch (Throwable t) {
      Throwable cause = t instanceof InvocationTargetException && t.getCause() != null
          ? t.getCause() : t;
      err.println(AgentLog.PREFIX + "cannot attach to pid " + pid + ": " + cause);
      return 1;
    }
  }

  private static String agentJar() throws Exception {
    URL location = AttachCommand.class.getProtectionDomain().getCodeSource().getLocation();
    return new File(location.toURI()).getAbsolutePath();
  }

  private static void loadAgent(String pid, String jar, String options) throws Exception {
    Class<?> vmClass = virtualMachineClass();
    Object vm = vmClass.getMethod("attach", String.class).invoke(null, pid);
    try {
      vmClass.getMethod("loadAgent", String.class, String.class).invoke(vm, jar, options);
    } finally {
      vmClass.getMethod("detach").invoke(vm);
    }
  }

  private static Class<?> virtualMachineClass() throws Exception {
    String name = "com.sun.tools.attach.VirtualMachine";
    try {
      return Class.forName(name, true, AttachCommand.class.getClassLoader());
    } catch (ClassNotFoundException java8) {
      File toolsJar = new File(System.getProperty("java.home"), "../lib/tools.jar");
      if (!toolsJar.isFile()) {
        throw new IllegalStateException("the attach API is missing: run this command with a JDK "
            + "(not a JRE)");
      }
      ClassLoader tools = new URLClassLoader(new URL[] {toolsJar.toURI().toURL()},
          AttachCommand.class.getClassLoader());
      return Class.forName(name, true, tools);
    }
  }
}
