package dev.flamefix.optimizer.target;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Parses Java source with one configuration: Java 17 syntax and, when a source root is known, a
 * symbol solver over that root plus the JDK so recipes can check types before they fire.
 */
public final class JavaSources {
  private JavaSources() {}

  /** A parser whose symbol solver sees the JDK and, if not null, the given source root. */
  public static JavaParser parser(Path sourceRoot) {
    CombinedTypeSolver types = new CombinedTypeSolver(new ReflectionTypeSolver());
    ParserConfiguration config =
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setSymbolResolver(new JavaSymbolSolver(types));
    if (sourceRoot != null && Files.isDirectory(sourceRoot)) {
      // The root's files must be parsed with the resolver too, or records' implicit accessors
      // cannot be resolved.
      types.add(new JavaParserTypeSolver(sourceRoot, config));
    }
    return new JavaParser(config);
  }

  /**
   * Parses {@code source} or throws a {@link TargetResolutionException} listing the problems.
   *
   * @param where used in the message (a file name)
   */
  public static CompilationUnit parse(JavaParser parser, String source, String where) {
    ParseResult<CompilationUnit> result = parser.parse(source);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      String problems =
          result.getProblems().stream().map(p -> p.getVerboseMessage()).limit(5).collect(Collectors.joining("; "));
      throw new TargetResolutionException("cannot parse " + where + ": " + problems);
    }
    return result.getResult().get();
  }

  /** Parses with a solver over no source root (JDK types only). */
  public static CompilationUnit parse(String source, String where) {
    return parse(parser(null), source, where);
  }
}
