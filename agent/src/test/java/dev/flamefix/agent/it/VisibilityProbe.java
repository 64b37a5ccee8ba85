package dev.flamefix.agent.it;

import dev.flamefix.examples.orders.OrderService;

/**
 * Runs the example service, then reports, from the application's side, which agent classes and
 * resources it can see, and whether the agent's threads are alive in this JVM.
 */
public final class VisibilityProbe {

  static final String[] HIDDEN_CLASSES = {
      "one.profiler.AsyncProfiler",
      "dev.flamefix.agent.runtime.FlamefixAgent",
      "dev.flamefix.agent.config.AgentOptions",
      "dev.flamefix.agent.export.IngestClient",
      "dev.flamefix.agent.recorder.RecordingPoller",
      // the recording bridge reaches the bootstrap class path only with recording=allow
      "dev.flamefix.agent.bridge.RecordingBridge",
      "net.bytebuddy.agent.builder.AgentBuilder",
      "com.esotericsoftware.kryo.Kryo",
      "com.esotericsoftware.minlog.Log",
      "com.esotericsoftware.reflectasm.MethodAccess",
      "org.objenesis.ObjenesisStd",
      "dev.flamefix.recording.CallCodec",
  };
  static final String[] HIDDEN_RESOURCES = {
      "one/profiler/AsyncProfiler.class",
      "linux-x64/libasyncProfiler.so",
      "dev/flamefix/agent/runtime/FlamefixAgent.class",
      "net/bytebuddy/ByteBuddy.class",
      "com/esotericsoftware/kryo/Kryo.class",
  };

  private VisibilityProbe() {}

  public static void main(String[] args) {
    OrderService.main(args);
    ClassLoader app = ClassLoader.getSystemClassLoader();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    for (String name : HIDDEN_CLASSES) {
      System.out.println("class " + name + " app=" + loadable(app, name) + " context="
          + loadable(context, name));
    }
    for (String name : HIDDEN_RESOURCES) {
      System.out.println("resource " + name + " app=" + (app.getResource(name) != null));
    }
    long agentThreads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("flamefix-agent-")).count();
    System.out.println("agent-threads " + agentThreads);
  }

  private static boolean loadable(ClassLoader loader, String name) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
