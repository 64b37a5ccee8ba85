package dev.flamefix.validator.compile;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The one place flamefix runs javac: compiles sources held in memory with {@code javax.tools}
 * into one output directory against a given class path ({@code --release 17}, debug information
 * and parameter names kept), and returns the errors. The validator compiles original and
 * candidates side by side and its generated benchmarks through here; the evaluation suite
 * compiles program versions through {@link #compile(Map, List, Path)}.
 *
 * <p>Compiling happens in the host JVM: javac only reads the code, it never runs it, as long as
 * annotation processing is off. It is off unless a processor path is given (only the validator's
 * own generated JMH benchmarks are compiled with one).
 */
public final class InMemoryCompiler {

  private InMemoryCompiler() {}

  // One javac at a time per JVM: two validations compiling at once in one JVM (two server
  // contexts) once failed with "release version 17 not supported". It has not been reproduced
  // since (InMemoryCompilerTest runs 12 concurrent compiles), so the cause is unconfirmed; a
  // compile takes about a second and validations spend their time in child JVMs, so serialising
  // is cheap insurance.
  private static final Object JAVAC = new Object();

  /**
   * Compiles plain sources together with annotation processing off: the entry point for code
   * that is not a side-by-side candidate (the evaluation suite's program versions).
   *
   * @param sources fully qualified class name to its source text
   * @param classPath what the sources may use besides the JDK; empty for the JDK alone
   * @param outputDir where class files go (created if missing); javac writes none when any source
   *     fails
   * @return the errors, each with {@link CompileError#side()} set to the class name of the source
   *     it is in ({@code "build"} for errors in no source); empty when everything compiled
   */
  public static List<CompileError> compile(Map<String, String> sources, List<Path> classPath,
      Path outputDir) {
    List<SourceUnit> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new SourceUnit(name, name, name, text, name)));
    return compile(units, classPath, outputDir, List.of()).values().stream()
        .flatMap(List::stream)
        .toList();
  }

  /**
   * Compiles {@code units} together.
   *
   * @param classPath the project's class path plus whatever the sources need
   * @param processorPath annotation processor jars, or empty to disable processing
   * @return errors keyed by owner; an owner with no key compiled cleanly
   */
  public static Map<String, List<CompileError>> compile(List<SourceUnit> units, List<Path> classPath,
      Path outputDir, List<Path> processorPath) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: run the validator on a JDK, not a JRE");
    }
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<JavaFileObject, SourceUnit> byFile = new IdentityHashMap<>();
    for (SourceUnit unit : units) {
      byFile.put(new StringSource(unit), unit);
    }
    List<String> options = new ArrayList<>(List.of("-g", "-parameters", "-nowarn", "-Xlint:none",
        "--release", "17", "-encoding", "UTF-8"));
    if (processorPath.isEmpty()) {
      options.add("-proc:none");
    } else {
      options.add("-processorpath");
      options.add(join(processorPath));
    }
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(outputDir.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(outputDir.toFile()));
      files.setLocation(StandardLocation.CLASS_PATH,
          classPath.stream().map(Path::toFile).filter(File::exists).toList());
      StringWriter out = new StringWriter();
      boolean ok;
      synchronized (JAVAC) {
        ok = compiler.getTask(out, files, diagnostics, options, null, byFile.keySet()).call();
      }
      Map<String, List<CompileError>> errors = new LinkedHashMap<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        SourceUnit unit = d.getSource() == null ? null : byFile.get(d.getSource());
        String owner = unit == null ? "*" : unit.owner();
        String side = unit == null ? "build" : unit.side();
        String message = d.getMessage(Locale.ROOT);
        if (unit != null) {
          message = message.replace(simple(unit.binaryName()), simple(unit.displayName()));
        }
        errors.computeIfAbsent(owner, k -> new ArrayList<>())
            .add(new CompileError(side, d.getLineNumber(), d.getColumnNumber(), message));
      }
      if (!ok && errors.isEmpty()) {
        errors.put("*", List.of(new CompileError("build", -1, -1, "javac failed: " + out)));
      }
      return errors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String simple(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }

  private static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  private static final class StringSource extends SimpleJavaFileObject {
    private final String source;

    StringSource(SourceUnit unit) {
      super(URI.create("string:///" + unit.binaryName().replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.source = unit.source();
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return source;
    }
  }
}
