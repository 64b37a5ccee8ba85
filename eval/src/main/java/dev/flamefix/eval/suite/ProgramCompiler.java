package dev.flamefix.eval.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles program sources held in memory with {@code javax.tools} against an empty class path
 * (programs may use only the JDK), writing class files to a directory.
 *
 * <p>Annotation processing is off: compiling untrusted source must not run code in this JVM.
 * Instances are safe to share; compilations are serialised.
 */
public final class ProgramCompiler {

  /** Outcome of one compilation. */
  public record Result(boolean success, String diagnostics) {}

  private final JavaCompiler compiler;
  // Reused across compilations: opening the platform classes (ct.sym) is most of javac's start-up.
  private final StandardJavaFileManager files;

  /**
   * Creates a compiler over the system Java compiler.
   *
   * @throws IllegalStateException on a JRE without {@code javax.tools}
   */
  public ProgramCompiler() {
    this.compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: run flamefix on a JDK, not a JRE");
    }
    this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
  }

  /**
   * Compiles the given sources together.
   *
   * @param sources fully qualified class name to its source text
   * @param outputDir where class files go (created if missing)
   */
  public synchronized Result compile(Map<String, String> sources, Path outputDir) {
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new InMemorySource(name, text)));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options =
        List.of(
            "--release", "17",
            "-proc:none",
            "-classpath", "",
            "-nowarn",
            "-encoding", "UTF-8",
            "-d", outputDir.toString());
    boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
    String text =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || !ok)
            .map(ProgramCompiler::describe)
            .collect(Collectors.joining("\n"));
    return new Result(ok, text);
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String source = d.getSource() == null ? "" : d.getSource().getName() + ":";
    return source + d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT);
  }

  private static final class InMemorySource extends SimpleJavaFileObject {
    private final String text;

    InMemorySource(String className, String text) {
      super(
          URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
