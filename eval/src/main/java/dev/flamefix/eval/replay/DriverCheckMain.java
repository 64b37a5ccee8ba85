package dev.flamefix.eval.replay;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM that runs one version's driver check: loads {@code <Cls>Workload} from a classes
 * directory in its own class loader, calls its {@code static String check()} and writes {@code
 * "ok\n" + result} or {@code "threw\n" + exception class} to the result file. Runs only inside the
 * validator's sandbox; answer code never runs in the harness JVM.
 *
 * <p>Arguments: classes directory, workload class name, result file.
 */
public final class DriverCheckMain {
  private DriverCheckMain() {}

  /** Runs the check; see the class comment. */
  public static void main(String[] args) throws IOException {
    Path result = Path.of(args[2]);
    String out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Class<?> driver = Class.forName(args[1], true, loader);
      out = "ok\n" + driver.getMethod("check").invoke(null);
    } catch (InvocationTargetException e) {
      out = "threw\n" + e.getCause().getClass().getName();
    } catch (ReflectiveOperationException | LinkageError e) {
      out = "driver failed\n" + e;
    } catch (StackOverflowError | OutOfMemoryError e) {
      out = "threw\n" + e.getClass().getName();
    }
    Files.writeString(result, out, StandardCharsets.UTF_8);
  }
}
