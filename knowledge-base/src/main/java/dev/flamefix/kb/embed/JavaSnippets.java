package dev.flamefix.kb.embed;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import java.util.Optional;

/**
 * Parses what retrieval is given: a whole compilation unit, one or more members (methods, fields),
 * or bare statements. Tries each shape in turn and never throws.
 */
final class JavaSnippets {

  private JavaSnippets() {}

  private static JavaParser parser() {
    // A parser per call: JavaParser instances are not thread-safe and parsing dominates anyway.
    return new JavaParser(
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setAttributeComments(false));
  }

  /** The parsed snippet, or empty if no shape fits. */
  static Optional<Node> parse(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    JavaParser p = parser();
    ParseResult<? extends Node> r = p.parse(code);
    if (r.isSuccessful() && r.getResult().isPresent()) {
      return Optional.of(r.getResult().get());
    }
    r = p.parse(com.github.javaparser.ParseStart.COMPILATION_UNIT,
        com.github.javaparser.Providers.provider("class Snippet__ {\n" + code + "\n}"));
    if (r.isSuccessful() && r.getResult().isPresent()) {
      return Optional.of(r.getResult().get());
    }
    r = p.parseBlock("{\n" + code + "\n}");
    if (r.isSuccessful() && r.getResult().isPresent()) {
      return Optional.of(r.getResult().get());
    }
    return Optional.empty();
  }
}
