package lang.toolchain.lexer;

import java.util.List;
import java.util.Set;

public final class TokenStats {

  private static final Set<String> KEYWORDS = Set.of(
      "if", "else", "while", "for", "return", "fn", "let", "mut", "match", "struct", "enum",
      "impl", "trait", "pub", "use", "mod", "break", "continue", "true", "false");

  /** Counts per token class. */
  public record Counts(int keywords, int identifiers, int numbers, int other) {}

  private TokenStats() {}

  /** Classifies every token: keyword, identifier (letter or '_' first), number (digits), other. */
  public static Counts classify(List<String> tokens) {
    int keywords = 0;
    int identifiers = 0;
    int numbers = 0;
    int other = 0;
    for (String token : tokens) {
      if (KEYWORDS.contains(token)) {
        keywords++;
      } else if (isIdentifier(token)) {
        identifiers++;
      } else if (isNumber(token)) {
        numbers++;
      } else {
        other++;
      }
    }
    return new Counts(keywords, identifiers, numbers, other);
  }

  private static boolean isIdentifier(String token) {
    if (token.isEmpty() || !(Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
