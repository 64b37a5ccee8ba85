package dev.flamefix.validator.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Produces strings that match a regular-expression literal found in the code under test, and near
 * misses of them, so methods that validate or parse strings see both sides of their conditions.
 * Supports the everyday subset: literals, escapes ({@code \d \w \s}), classes with ranges and
 * negation, {@code .}, groups with alternation, and the quantifiers {@code ? * + {n} {n,m}}.
 * Anything else makes {@link #of} return empty; random strings still cover such methods.
 */
final class RegexSampler {

  private static final String PRINTABLE =
      "abcxyzABCXYZ0123456789 -_.,:;/@#";

  private final Node root;
  private final Pattern pattern;

  private RegexSampler(Node root, Pattern pattern) {
    this.root = root;
    this.pattern = pattern;
  }

  /** A sampler for {@code literal} when it looks like a regex this class understands. */
  static Optional<RegexSampler> of(String literal) {
    if (literal.length() > 200 || !literal.matches(".*[\\[\\]{}()*+?|\\\\].*")) {
      return Optional.empty();
    }
    try {
      Pattern pattern = Pattern.compile(literal);
      Parser parser = new Parser(literal);
      Node root = parser.alternation();
      if (parser.pos != literal.length()) {
        return Optional.empty();
      }
      return Optional.of(new RegexSampler(root, pattern));
    } catch (PatternSyntaxException | IllegalStateException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** A string matching the regex (checked; falls back to a near miss if generation drifted). */
  String match(Random random) {
    StringBuilder out = new StringBuilder();
    root.emit(random, out);
    return out.toString();
  }

  /** A string one edit away from a match, usually not matching. */
  String nearMiss(Random random) {
    String s = match(random);
    if (s.isEmpty()) {
      return "x";
    }
    int i = random.nextInt(s.length());
    return switch (random.nextInt(5)) {
      // A character of the same kind outside ASCII (Arabic-Indic digit, umlaut): where a
      // rewrite's Character.isDigit or isUpperCase accepts more than [0-9] or [A-Z].
      case 4 -> s.substring(0, i) + wider(s.charAt(i)) + s.substring(i + 1);
      case 0 -> s.substring(0, i) + s.substring(i + 1);
      case 1 -> s.substring(0, i) + PRINTABLE.charAt(random.nextInt(PRINTABLE.length()))
          + s.substring(i + 1);
      case 2 -> s.substring(0, i) + PRINTABLE.charAt(random.nextInt(PRINTABLE.length()))
          + s.substring(i);
      default -> Character.isUpperCase(s.charAt(i))
          ? s.substring(0, i) + Character.toLowerCase(s.charAt(i)) + s.substring(i + 1)
          : s + s.charAt(i);
    };
  }

  private static char wider(char c) {
    if (Character.isDigit(c)) {
      return '\u0663';
    } else if (Character.isUpperCase(c)) {
      return '\u00c4';
    } else if (Character.isLowerCase(c)) {
      return '\u00e4';
    }
    return 'x';
  }

  boolean matches(String s) {
    return pattern.matcher(s).matches();
  }

  private interface Node {
    void emit(Random random, StringBuilder out);
  }

  private record Literal(char c) implements Node {
    public void emit(Random random, StringBuilder out) {
      out.append(c);
    }
  }

  private record CharSet(String chars) implements Node {
    public void emit(Random random, StringBuilder out) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
  }

  private record Sequence(List<Node> items) implements Node {
    public void emit(Random random, StringBuilder out) {
      items.forEach(n -> n.emit(random, out));
    }
  }

  private record Choice(List<Node> options) implements Node {
    public void emit(Random random, StringBuilder out) {
      options.get(random.nextInt(options.size())).emit(random, out);
    }
  }

  private record Repeat(Node node, int min, int max) implements Node {
    public void emit(Random random, StringBuilder out) {
      int n = min + random.nextInt(max - min + 1);
      for (int i = 0; i < n; i++) {
        node.emit(random, out);
      }
    }
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    Node alternation() {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (pos < s.length() && s.charAt(pos) == '|') {
        pos++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Choice(options);
    }

    Node sequence() {
      List<Node> items = new ArrayList<>();
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        char c = s.charAt(pos);
        if (c == '^' || c == '$') {
          pos++;
          continue;
        }
        items.add(quantified(atom()));
      }
      return new Sequence(items);
    }

    Node atom() {
      char c = s.charAt(pos++);
      switch (c) {
        case '(':
          if (s.startsWith("?:", pos)) {
            pos += 2;
          } else if (pos < s.length() && s.charAt(pos) == '?') {
            throw new IllegalStateException("lookaround");
          }
          Node inner = alternation();
          expect(')');
          return inner;
        case '[':
          return charClass();
        case '.':
          return new CharSet(PRINTABLE);
        case '\\':
          return escape(s.charAt(pos++));
        default:
          if ("*+?{".indexOf(c) >= 0) {
            throw new IllegalStateException("dangling quantifier");
          }
          return new Literal(c);
      }
    }

    Node escape(char c) {
      return switch (c) {
        case 'd' -> new CharSet("0123456789");
        case 'w' -> new CharSet("abcxyzABCXYZ0189_");
        case 's' -> new CharSet(" \t");
        case 'D', 'W', 'S', 'b', 'B', 'p', 'P', 'Q', 'E', 'u', 'x', '0', 'k' ->
            throw new IllegalStateException("unsupported escape");
        case 'n' -> new Literal('\n');
        case 't' -> new Literal('\t');
        default -> new Literal(c);
      };
    }

    Node charClass() {
      boolean negated = pos < s.length() && s.charAt(pos) == '^';
      if (negated) {
        pos++;
      }
      StringBuilder chars = new StringBuilder();
      boolean first = true;
      while (s.charAt(pos) != ']' || first) {
        first = false;
        char c = s.charAt(pos++);
        if (c == '[' || c == '&') {
          throw new IllegalStateException("nested class");
        }
        if (c == '\\') {
          char e = s.charAt(pos++);
          if (e == 'd') {
            chars.append("0123456789");
          } else if (e == 'w') {
            chars.append("abcxyzABCXYZ0189_");
          } else if (e == 's') {
            chars.append(" \t");
          } else if (Character.isLetter(e)) {
            throw new IllegalStateException("unsupported escape in class");
          } else {
            chars.append(e);
          }
        } else if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
          char to = s.charAt(pos + 1);
          pos += 2;
          for (char x = c; x <= to && x - c < 200; x++) {
            chars.append(x);
          }
        } else {
          chars.append(c);
        }
      }
      pos++;
      if (negated) {
        StringBuilder complement = new StringBuilder();
        for (char x : PRINTABLE.toCharArray()) {
          if (chars.indexOf(String.valueOf(x)) < 0) {
            complement.append(x);
          }
        }
        return new CharSet(complement.length() == 0 ? "~" : complement.toString());
      }
      if (chars.length() == 0) {
        throw new IllegalStateException("empty class");
      }
      return new CharSet(chars.toString());
    }

    Node quantified(Node node) {
      if (pos >= s.length()) {
        return node;
      }
      char c = s.charAt(pos);
      Node result = node;
      if (c == '?') {
        pos++;
        result = new Repeat(node, 0, 1);
      } else if (c == '*') {
        pos++;
        result = new Repeat(node, 0, 4);
      } else if (c == '+') {
        pos++;
        result = new Repeat(node, 1, 4);
      } else if (c == '{') {
        int close = s.indexOf('}', pos);
        String[] bounds = s.substring(pos + 1, close).split(",", -1);
        int min = Integer.parseInt(bounds[0].trim());
        int max = bounds.length == 1 ? min
            : bounds[1].isBlank() ? min + 4 : Integer.parseInt(bounds[1].trim());
        pos = close + 1;
        result = new Repeat(node, min, Math.min(max, min + 40));
      }
      if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
        pos++; // lazy or possessive: same strings
      }
      return result;
    }

    void expect(char c) {
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw new IllegalStateException("expected " + c);
      }
      pos++;
    }
  }
}
