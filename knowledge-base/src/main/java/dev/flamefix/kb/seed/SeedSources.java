package dev.flamefix.kb.seed;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.stream.Collectors;

/** Reads the code the knowledge base stores out of a seed case's compilation unit. */
public final class SeedSources {

  private SeedSources() {}

  /**
   * The members of top-level type {@code className} in {@code source}, each printed by
   * JavaParser and separated by a blank line.
   *
   * @throws IllegalArgumentException if the source does not parse or has no such type
   */
  public static String members(String source, String className) {
    return type(parse(source), className).getMembers().stream()
        .map(BodyDeclaration::toString)
        .collect(Collectors.joining("\n\n"));
  }

  /**
   * Parses a compilation unit at Java 17.
   *
   * @throws IllegalArgumentException listing the problems if it does not parse
   */
  public static CompilationUnit parse(String source) {
    ParseResult<CompilationUnit> result = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source);
    return result.getResult().filter(cu -> result.isSuccessful())
        .orElseThrow(() -> new IllegalArgumentException("does not parse: " + result.getProblems()));
  }

  private static TypeDeclaration<?> type(CompilationUnit cu, String className) {
    return cu.getTypes().stream().filter(t -> t.getNameAsString().equals(className)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no top-level type " + className));
  }
}
