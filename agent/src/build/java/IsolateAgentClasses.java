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
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Build step of the agent jar (run by exec-maven-plugin in {@code prepare-package}).
 *
 * <p>Copies every compiled agent class outside {@code dev/flamefix/agent/bootstrap/}, and every class
 * (and native library) of the bundled libraries found on the class path — async-profiler, Byte
 * Buddy, the recording format with Kryo, ReflectASM, Objenesis and MinLog — to {@code inst/} in
 * the output directory, class files renamed to {@code .classdata}. The jar plugin then packs only
 * the bootstrap package and {@code inst/}: the host's class loaders cannot resolve anything under
 * {@code inst/} as a class, only the agent's {@code IsolatedClassLoader} does.
 *
 * <p>The recording bridge ({@code dev/flamefix/agent/bridge/}) is the one exception: it goes to
 * {@code inst/boot/} as plain {@code .class} files, which the isolated loader can never define; the
 * agent appends them to the bootstrap class path when recording is allowed, so instrumented host
 * code in any class loader can call it.
 *
 * <p>Usage: {@code java -cp <compile classpath> IsolateAgentClasses.java <classes dir>}
 */
public final class IsolateAgentClasses {

  private static final String BOOTSTRAP = "dev/flamefix/agent/bootstrap/";
  private static final String INST = "inst/";
  private static final String CLASSDATA = ".classdata";
  private static final String BRIDGE = "dev/flamefix/agent/bridge/";
  private static final String BOOT = "boot/";
  /** Class-name prefixes of the libraries bundled under inst/, with the artifact that holds them. */
  private static final List<String> BUNDLED = List.of("one/profiler/", "net/bytebuddy/",
      "dev/flamefix/recording/", "com/esotericsoftware/", "org/objenesis/");

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: IsolateAgentClasses <classes dir>");
    }
    Path classes = Paths.get(args[0]);
    Path inst = classes.resolve(INST);
    deleteTree(inst);
    int own = copyOwnClasses(classes, inst);
    Map<String, Integer> bundled = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      if (!path.toAbsolutePath().normalize().equals(classes.toAbsolutePath().normalize())) {
        copyBundled(path, inst, bundled);
      }
    }
    for (String prefix : BUNDLED) {
      if (!bundled.containsKey(prefix)) {
        throw new IllegalStateException("no classes under " + prefix + " on the class path");
      }
    }
    if (own == 0) {
      throw new IllegalStateException("no agent classes to isolate in " + classes);
    }
    System.out.println("[isolate] " + own + " agent classes and bundled " + bundled + " under "
        + inst);
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
        Path target = rel.startsWith(BRIDGE) ? inst.resolve(BOOT + rel)
            : inst.resolve(rel.substring(0, rel.length() - ".class".length()) + CLASSDATA);
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        count++;
      }
    }
    return count;
  }

  /** Copies the bundled classes (and async-profiler's .so files) of one class path entry. */
  private static void copyBundled(Path entry, Path inst, Map<String, Integer> counts)
      throws IOException {
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (Files.isRegularFile(file)) {
            String rel = entry.relativize(file).toString().replace(File.separatorChar, '/');
            try (InputStream in = Files.newInputStream(file)) {
              copyIfBundled(rel, in, inst, counts);
            }
          }
        }
      }
    } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
      try (JarFile jar = new JarFile(entry.toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          JarEntry item = entries.nextElement();
          if (!item.isDirectory()) {
            try (InputStream in = jar.getInputStream(item)) {
              copyIfBundled(item.getName(), in, inst, counts);
            }
          }
        }
      }
    }
  }

  private static void copyIfBundled(String name, InputStream in, Path inst,
      Map<String, Integer> counts) throws IOException {
    // META-INF (manifests, multi-release variants, module-info) is skipped: the base classes of
    // every bundled jar run on Java 8 and later, and the isolated loader is not multi-release.
    if (name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
      return;
    }
    String prefix = null;
    for (String candidate : BUNDLED) {
      if (name.startsWith(candidate)) {
        prefix = candidate;
      }
    }
    String targetName;
    if (prefix != null && name.endsWith(".class")) {
      targetName = name.substring(0, name.length() - ".class".length()) + CLASSDATA;
    } else if (name.endsWith("/libasyncProfiler.so")) {
      // async-profiler's native libraries, one per platform directory (linux-x64/...)
      prefix = "one/profiler/";
      targetName = name;
    } else {
      return;
    }
    Path target = inst.resolve(targetName);
    Files.createDirectories(target.getParent());
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    counts.merge(prefix, 1, Integer::sum);
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
