package dev.flamefix.validator.benchmark;

import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the jars and directories child JVMs need (the validator's own classes, Jackson, JMH,
 * JaCoCo) from where this JVM loaded them. Works when the validator runs from a plain class path
 * (Maven, IDE, {@code java -cp}); a packaged application whose jars are nested must pass explicit
 * paths through {@code ValidationOptions.harnessClassPath}.
 */
public final class HarnessClassPath {

  private static final String[] RUNTIME = {
    "dev.flamefix.validator.differential.DifferentialMain",
    "com.fasterxml.jackson.databind.ObjectMapper",
    "com.fasterxml.jackson.core.JsonFactory",
    "com.fasterxml.jackson.annotation.JsonAutoDetect",
    "org.openjdk.jmh.runner.Runner",
    "org.apache.commons.math3.stat.descriptive.StatisticalSummary",
    "joptsimple.OptionParser",
    "org.jacoco.core.analysis.Analyzer",
    "org.objectweb.asm.ClassReader",
    "org.objectweb.asm.commons.AnalyzerAdapter",
    "org.objectweb.asm.tree.MethodNode",
    // The coverage gate's reachability proof reads the precondition in the child.
    "com.github.javaparser.JavaParser",
    // Recorded calls: the child decodes their payloads with Kryo (and its dependencies).
    "dev.flamefix.recording.CallCodec",
    "com.esotericsoftware.kryo.Kryo",
    "com.esotericsoftware.minlog.Log",
    "com.esotericsoftware.reflectasm.MethodAccess",
    "org.objenesis.Objenesis",
  };

  private static final String[] PROCESSOR = {
    "org.openjdk.jmh.generators.BenchmarkProcessor",
    "org.openjdk.jmh.annotations.Benchmark",
  };

  private HarnessClassPath() {}

  /**
   * Class path of the child JVM's harness: validator, Jackson, JMH and its dependencies, JaCoCo's
   * analysis (core and ASM), JavaParser (preconditions read by the coverage gate), the recording
   * format and Kryo.
   */
  public static List<Path> runtime() {
    return locate(RUNTIME);
  }

  /**
   * The JaCoCo agent runtime jar, for the differential child's {@code -javaagent} (the coverage
   * gate). Not on any class path: the agent adds itself.
   */
  public static Path coverageAgent() {
    return locate("org.jacoco.agent.rt.RT").get(0);
  }

  /** Annotation processor path for compiling generated benchmarks. */
  public static List<Path> processor() {
    return locate(PROCESSOR);
  }

  /**
   * The class path entries (jar files or directories) these classes were loaded from, in order and
   * without repeats. Works for any child JVM whose main class and libraries this JVM has loaded.
   *
   * @throws IllegalStateException naming the classes whose entry is not a real file, e.g. a jar
   *     nested in a Spring Boot jar that was not unpacked
   */
  public static List<Path> locate(String... classNames) {
    Set<Path> out = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    for (String name : classNames) {
      try {
        Class<?> type = Class.forName(name, false, HarnessClassPath.class.getClassLoader());
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          missing.add(name);
          continue;
        }
        Path path = Path.of(source.getLocation().toURI());
        // A jar nested in another one resolves to a path inside a zip file system: it exists,
        // but no child JVM (and no javac) can open it.
        if (path.getFileSystem() != FileSystems.getDefault() || !Files.exists(path)) {
          missing.add(name + " (at " + source.getLocation() + ")");
          continue;
        }
        out.add(path);
      } catch (ClassNotFoundException | URISyntaxException | IllegalArgumentException e) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("cannot locate the class path entries of " + missing
          + " as files for a child JVM: unpack nested jars (Spring Boot: requiresUnpack) or pass"
          + " ValidationOptions.harnessClassPath / processorPath explicitly");
    }
    return List.copyOf(out);
  }
}
