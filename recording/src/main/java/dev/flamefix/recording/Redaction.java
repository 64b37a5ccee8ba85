package dev.flamefix.recording;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that blank out parts of every recorded string before it leaves the host JVM. Each rule is
 * a regular expression; every match is replaced by {@value #MASK}. Both sides of a differential
 * comparison see the same redacted value, so redaction changes what is tested, never whether the
 * comparison is fair.
 */
public final class Redaction {
  /** What a redacted match becomes. */
  public static final String MASK = "<redacted>";

  private final List<Pattern> rules;

  private Redaction(List<Pattern> rules) {
    this.rules = Collections.unmodifiableList(rules);
  }

  /** No redaction. */
  public static Redaction none() {
    return new Redaction(new ArrayList<Pattern>());
  }

  /**
   * Rules from regular expressions.
   *
   * @throws IllegalArgumentException naming the first expression that does not compile
   */
  public static Redaction of(List<String> expressions) {
    List<Pattern> rules = new ArrayList<Pattern>();
    for (String expression : expressions) {
      try {
        rules.add(Pattern.compile(expression));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("bad redaction rule '" + expression + "': " + e.getMessage());
      }
    }
    return new Redaction(rules);
  }

  /** The string with every match of every rule masked; {@code null} stays {@code null}. */
  public String apply(String value) {
    if (value == null || rules.isEmpty()) {
      return value;
    }
    String result = value;
    for (Pattern rule : rules) {
      Matcher matcher = rule.matcher(result);
      if (matcher.find()) {
        result = matcher.replaceAll(Matcher.quoteReplacement(MASK));
      }
    }
    return result;
  }

  /** Whether any rule is set. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }
}
