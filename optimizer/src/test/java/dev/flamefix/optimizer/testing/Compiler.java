package dev.flamefix.optimizer.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles test sources with javax.tools into a fresh directory and loads them in their own loader. */
public final class Compiler {
  private Compiler() {}

  /** @param sources qualified class name -> source text */
  public static ClassLoader compile(Map<String, String> sources) {
    try {
      Path dir = Files.createTempDirectory("flamefix-compile");
      Path src = dir.resolve("src");
      Path out = dir.resolve("out");
      Files.createDirectories(out);
      List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-nowarn", "--release", "17", "-proc:none"));
      for (Map.Entry<String, String> e : sources.entrySet()) {
        Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue());
        args.add(file.toString());
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter err = new StringWriter();
      int rc = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
        @Override public void write(int b) { err.write(b); }
      }), args.toArray(String[]::new));
      if (rc != 0) throw new AssertionError("compilation failed:\n" + err + "\n" + String.join("\n----\n", sources.values()));
      return new URLClassLoader(new URL[] {out.toUri().toURL()}, Compiler.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Calls a public static no-arg method and returns its result as text (or the exception class). */
  public static String callStatic(ClassLoader loader, String className, String method) {
    try {
      Object r = loader.loadClass(className).getMethod(method).invoke(null);
      return String.valueOf(r);
    } catch (java.lang.reflect.InvocationTargetException e) {
      return "threw " + e.getCause().getClass().getName();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
