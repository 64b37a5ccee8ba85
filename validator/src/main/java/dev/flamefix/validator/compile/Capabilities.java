package dev.flamefix.validator.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a compiled class reaches outside the JVM: the network, other processes, files. A candidate
 * that reaches one its original does not is refused before it runs. The sandbox cuts these off,
 * so inside it such a candidate can behave exactly like the original (a connection that fails and
 * is caught) and be faster; in production it would connect, spawn or write. The check reads the
 * names in the class files' constant pools, so it also sees fully qualified uses and lambdas; it
 * cannot see a class named only by a computed string (reflection), which the sandbox still stops.
 */
public final class Capabilities {

  /** Internal-name prefixes of the JDK types that reach outside the JVM. */
  static final List<String> OUTSIDE = List.of("java/net/", "java/lang/ProcessBuilder",
      "java/lang/ProcessHandle", "java/nio/channels/", "java/io/FileOutputStream",
      "java/io/FileWriter", "java/io/RandomAccessFile", "java/nio/file/Files");

  private final Path classes;
  private final Map<String, Set<String>> used = new HashMap<>();

  /**
   * The capabilities of the classes compiled into {@code classes}; each class is read once, so
   * the candidates of one original share the reading of it.
   *
   * @param classes the output directory of the compilation
   */
  public Capabilities(Path classes) {
    this.classes = classes;
  }

  /**
   * The outside-reaching type names the class {@code candidate} (with its nested classes) names
   * and the class {@code original} does not.
   *
   * @param original the original's binary name, e.g. {@code com.acme.Foo}
   * @param candidate the candidate's binary name, e.g. {@code com.acme.Foo__candidate}
   */
  public Set<String> added(String original, String candidate) {
    Set<String> added = new LinkedHashSet<>(used(candidate));
    added.removeAll(used(original));
    return added;
  }

  /** The outside-reaching type names (matched prefixes) a class and its nested classes name. */
  Set<String> used(String binaryName) {
    return used.computeIfAbsent(binaryName, this::read);
  }

  private Set<String> read(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    Path dir = dot < 0 ? classes : classes.resolve(binaryName.substring(0, dot).replace('.', '/'));
    String simple = binaryName.substring(dot + 1);
    Set<String> used = new LinkedHashSet<>();
    if (!Files.isDirectory(dir)) {
      return used;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> isClassOf(f.getFileName().toString(), simple)).toList()) {
        // Class names sit in the constant pool as plain ASCII in modified UTF-8.
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String prefix : OUTSIDE) {
          if (text.contains(prefix)) {
            used.add(prefix);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the compiled classes of " + binaryName, e);
    }
    return used;
  }

  private static boolean isClassOf(String fileName, String simple) {
    return fileName.equals(simple + ".class")
        || (fileName.startsWith(simple + "$") && fileName.endsWith(".class"));
  }
}
