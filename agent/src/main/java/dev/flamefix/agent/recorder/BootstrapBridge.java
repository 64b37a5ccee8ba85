package dev.flamefix.agent.recorder;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Makes {@code dev.flamefix.agent.bridge.RecordingBridge} visible to every class loader by
 * appending a two-class jar to the bootstrap class path, the OpenTelemetry agent's way of giving
 * instrumented code something to call. The classes come from {@code inst/boot/} of the agent jar
 * as plain {@code .class} files the isolated loader never defines, so exactly one copy exists: the
 * bootstrap one, which the isolated recorder and the host's instrumented method both link to.
 *
 * <p>Must run before any class that names the bridge is loaded in the isolated loader.
 */
public final class BootstrapBridge {

  static final String BRIDGE = "dev.flamefix.agent.bridge.RecordingBridge";
  private static final String[] CLASSES = {"dev/flamefix/agent/bridge/RecordingBridge.class",
      "dev/flamefix/agent/bridge/RecordingBridge$Hook.class"};

  private BootstrapBridge() {}

  /**
   * Appends the bridge to the bootstrap class path.
   *
   * @return null when the bridge is in place, else why recording cannot work in this JVM
   */
  public static String install(Instrumentation instrumentation) {
    if (instrumentation == null) {
      return "the agent was started without an Instrumentation";
    }
    if (!instrumentation.isRetransformClassesSupported()) {
      return "the JVM does not support retransforming classes";
    }
    if (bootstrapHasBridge()) {
      return null;
    }
    try {
      File dir = Files.createTempDirectory("flamefix-agent-bridge").toFile();
      dir.deleteOnExit();
      File jar = new File(dir, "flamefix-bridge.jar");
      jar.deleteOnExit();
      ClassLoader own = BootstrapBridge.class.getClassLoader();
      try (JarOutputStream out = new JarOutputStream(new FileOutputStream(jar))) {
        for (String name : CLASSES) {
          try (InputStream in = own.getResourceAsStream("boot/" + name)) {
            if (in == null) {
              return "the agent jar lacks boot/" + name;
            }
            out.putNextEntry(new JarEntry(name));
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) != -1; ) {
              out.write(buffer, 0, n);
            }
            out.closeEntry();
          }
        }
      }
      instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar));
    } catch (IOException | RuntimeException e) {
      return "cannot add the recording bridge to the bootstrap class path (" + e + ")";
    }
    return bootstrapHasBridge() ? null : "the recording bridge did not reach the bootstrap loader";
  }

  private static boolean bootstrapHasBridge() {
    try {
      Class.forName(BRIDGE, false, null);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
