import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Build step of the agent jar (run by exec-maven-plugin in {@code prepare-package}).
 *
 * <p>Copies every compiled agent class outside {@code dev/flamefix/agent/bootstrap/}, and every class
 * and native library of the async-profiler jar found on the class path, to {@code inst/} in the
 * output directory, class files renamed to {@code .classdata}. The jar plugin then packs only the
 * bootstrap package and {@code inst/}: the host's class loaders cannot resolve anything under
 * {@code inst/} as a class, only the agent's {@code IsolatedClassLoader} does.
 *
 * <p>Usage: {@code java -cp <compile classpath> IsolateAgentClasses.java <classes dir>}
 */
public final class IsolateAgentClasses {

  private static final String BOOTSTRAP = "dev/flamefix/agent/bootstrap/";
  private static final String INST = "inst/";
  private static final String CLASSDATA = ".classdata";

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: IsolateAgentClasses <classes dir>");
    }
    Path classes = Paths.get(args[0]);
    Path inst = classes.resolve(INST);
    deleteTree(inst);
    int own = copyOwnClasses(classes, inst);
    int bundled = copyAsyncProfiler(findAsyncProfilerJar(), inst);
    if (own == 0 || bundled == 0) {
      throw new IllegalStateException("nothing to isolate: " + own + " agent classes, " + bundled
          + " async-profiler entries");
    }
    System.out.println("[isolate] " + own + " agent classes and " + bundled
        + " async-profiler entries under " + inst);
  }

  private static int copyOwnClasses(Path classes, Path inst) throws IOException {
    int count = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String rel = classes.relativize(file).toString().replace(File.separatorChar, '/');
        if (!Files.isRegularFile(file) || !rel.endsWith(".class") || rel.startsWith(BOOTSTRAP)
            || rel.startsWith(INST)) {
          continue;
        }
        Path target = inst.resolve(rel.substring(0, rel.length() - ".class".length()) + CLASSDATA);
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        count++;
      }
    }
    return count;
  }

  private static int copyAsyncProfiler(Path jarPath, Path inst) throws IOException {
    int count = 0;
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        String targetName;
        if (entry.isDirectory() || name.startsWith("META-INF/")) {
          continue;
        } else if (name.endsWith(".class")) {
          targetName = name.substring(0, name.length() - ".class".length()) + CLASSDATA;
        } else if (name.endsWith(".so")) {
          targetName = name;
        } else {
          continue;
        }
        Path target = inst.resolve(targetName);
        Files.createDirectories(target.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        count++;
      }
    }
    return count;
  }

  private static Path findAsyncProfilerJar() throws IOException {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.endsWith(".jar")) {
        continue;
      }
      try (JarFile jar = new JarFile(entry)) {
        if (jar.getEntry("one/profiler/AsyncProfiler.class") != null) {
          return Paths.get(entry);
        }
      }
    }
    throw new IllegalStateException("tools.profiler:async-profiler not on the class path");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
