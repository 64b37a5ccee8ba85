package dev.flamefix.bench.seed;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a seed case's {@code Slow} and {@code Fast} source text with JavaParser: the members of the
 * two nested classes, printed one after another, which is exactly the code the corpus stores.
 */
public final class SeedSourceExtractor {
  private final Path sourceRoot;
  private final JavaParser parser =
      new JavaParser(
          new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
  private final Map<Path, CompilationUnit> parsed = new HashMap<>();

  /** @param sourceRoot the Java source root holding {@code dev/flamefix/bench/seed/*.java} */
  public SeedSourceExtractor(Path sourceRoot) {
    this.sourceRoot = sourceRoot;
  }

  /** Slow and fast source text of one case. */
  public record Source(String slowCode, String fastCode) {}

  /**
   * Extracts the source of {@code seedCase}.
   *
   * @throws IllegalStateException if the file, the case class or its Slow/Fast classes are missing
   */
  public Source extract(SeedCase<?> seedCase) {
    Class<?> caseClass = seedCase.getClass();
    List<String> path = new ArrayList<>();
    Class<?> outer = caseClass;
    while (outer.getEnclosingClass() != null) {
      path.add(0, outer.getSimpleName());
      outer = outer.getEnclosingClass();
    }
    Class<?> top = outer;
    Path file =
        sourceRoot.resolve(top.getPackageName().replace('.', '/')).resolve(top.getSimpleName() + ".java");
    CompilationUnit cu = parsed.computeIfAbsent(file, this::parse);
    TypeDeclaration<?> type =
        cu.getTypes().stream()
            .filter(t -> t.getNameAsString().equals(top.getSimpleName()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no type " + top.getSimpleName() + " in " + file));
    for (String name : path) {
      TypeDeclaration<?> parent = type;
      type = nested(parent, name).orElseThrow(() -> new IllegalStateException("no class " + name + " in " + file));
    }
    return new Source(members(type, "Slow", file), members(type, "Fast", file));
  }

  private CompilationUnit parse(Path file) {
    try {
      ParseResult<CompilationUnit> result = parser.parse(Files.readString(file));
      return result
          .getResult()
          .filter(cu -> result.isSuccessful())
          .orElseThrow(() -> new IllegalStateException("cannot parse " + file + ": " + result.getProblems()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Optional<TypeDeclaration<?>> nested(TypeDeclaration<?> type, String name) {
    return type.getMembers().stream()
        .filter(m -> m instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name))
        .<TypeDeclaration<?>>map(m -> (TypeDeclaration<?>) m)
        .findFirst();
  }

  private static String members(TypeDeclaration<?> caseType, String name, Path file) {
    TypeDeclaration<?> holder =
        nested(caseType, name)
            .orElseThrow(
                () -> new IllegalStateException("no " + name + " class in " + caseType.getNameAsString() + " (" + file + ")"));
    if (!(holder instanceof ClassOrInterfaceDeclaration)) {
      throw new IllegalStateException(name + " must be a class in " + caseType.getNameAsString());
    }
    return holder.getMembers().stream()
        .map(BodyDeclaration::toString)
        .collect(Collectors.joining("\n\n"));
  }
}
