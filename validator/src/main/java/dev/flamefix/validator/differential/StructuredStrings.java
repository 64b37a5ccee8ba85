package dev.flamefix.validator.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strings shaped like what the code under test takes apart: prefix + literal + value + suffix,
 * such as {@code "GET /a latency= 2147483648  ms"}. Random strings never contain {@code
 * "latency="}, so without these a method that parses what follows it never runs its parsing
 * branch, and a rewrite that parses an {@code int} instead of a {@code long}, drops a {@code
 * trim()} or takes the first occurrence instead of the last looks equivalent.
 *
 * <p>Values are numbers at and beyond the int and long boundaries, with signs, leading zeros and
 * surrounding blanks; floats where the code parses them; and, in "wild" calls, empty and
 * whitespace-only tokens, locale-sensitive letters ({@code İ ı ß}), surrogate pairs and case or
 * locale variants of the literals themselves. "Clean" calls keep every value parseable as a
 * {@code long} (or double) after trimming, so that a list of such lines gets past the first one.
 */
final class StructuredStrings {

  /** What the values of one call's structured strings may be. */
  enum Values {
    /** Integers parseable as a long after trimming. */
    INTEGERS,
    /** Those and decimals, where the code parses floating point. */
    NUMBERS,
    /** Anything: also empty, blank, non-numeric, non-ASCII and beyond the long range. */
    WILD
  }

  /** Parseable as a long after trimming; the first four overflow an int. */
  private static final String[] LONG_BOUNDARIES = {
    "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967296", "9223372036854775807",
    "-9223372036854775808", "1000000000000", "-0", "0", "+7", "007", "-00042"
  };
  private static final String[] FLOATS = {
    "0.1", "21.7", "-3.25", "1e3", "1.0E10", "0.30000000000000004", "-0.0", "1234567.891", "3.3"
  };
  private static final String[] WILD = {
    "", " ", "\t", "  ", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
    "NaN", "0x1F", "1_000", "\u0130", "\u0131", "\u00df", "\u017f", "\u212a", "i", "I",
    "\ud83d\ude00", "a\ud83d\ude00b", "\ud835\udc00", "Stra\u00dfe", "\u0130D", "\u00e9t\u00e9",
    "\u0661\u0662", "\uff11\uff12"
  };
  private static final String[] BLANKS = {" ", "  ", "\t", " \t", "\n"};
  private static final String[] SEPARATORS = {" ", ", ", ",", ";", " | ", "\t", "&", "\n"};
  private static final String[] PREFIXES = {"GET /a ", "INFO ", "2024-01-01T00:00:00Z ", "x",
    "id=1 ", "[main] "};
  private static final Pattern CONVERSION =
      Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([sdfxXcbeEgG])");

  private final Random random;
  private final List<String> anchors;
  private final List<String> formats;
  /** Literals that look like what ends a value ({@code " ms"}, {@code ","}): units, separators. */
  private final List<String> suffixes;
  private final boolean floats;
  /** Regexes whose matches hold no letter or digit ({@code \\s*;\\s*}): what lines split on. */
  private final List<RegexSampler> splitters = new ArrayList<>();
  /** The other regexes: what a field of a line is checked against ({@code [A-Z]{2}-[0-9]{6}}). */
  private final List<RegexSampler> checks = new ArrayList<>();

  StructuredStrings(Random random, ValueGenerator.Dictionary dictionary) {
    this.random = random;
    this.anchors = new ArrayList<>();
    this.formats = new ArrayList<>();
    this.suffixes = new ArrayList<>();
    for (String s : dictionary.strings()) {
      if (CONVERSION.matcher(s).find()) {
        formats.add(s);
      } else if (!s.isEmpty() && s.length() <= 40
          && (s.length() <= 2 || !s.matches(".*[\\[\\]{}()*+?|\\\\^$].*"))) {
        anchors.add(s);
        if (!Character.isLetterOrDigit(s.charAt(0))) {
          suffixes.add(s);
        }
      }
    }
    this.floats = dictionary.calls().stream().anyMatch(c -> c.equals("parseDouble")
        || c.equals("parseFloat") || c.equals("valueOf"));
    for (RegexSampler regex : dictionary.regexes()) {
      (separatorLike(regex) ? splitters : checks).add(regex);
    }
  }

  /** Whether every sample of {@code regex} is punctuation and blanks, and some are not empty. */
  private static boolean separatorLike(RegexSampler regex) {
    Random fixed = new Random(7);
    boolean nonEmpty = false;
    for (int i = 0; i < 4; i++) {
      String sample = regex.match(fixed);
      if (sample.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
      nonEmpty |= !sample.isEmpty();
    }
    return nonEmpty;
  }

  /**
   * Whether lines of delimited fields can be built: the code checks strings against a regex and
   * has a separator (a punctuation regex or literal) to split lines on.
   */
  private boolean delimited() {
    return !checks.isEmpty() && (!splitters.isEmpty() || !suffixes.isEmpty());
  }

  /** The kind of values for one call's structured strings. */
  Values pickValues() {
    int roll = random.nextInt(100);
    return roll < 45 ? Values.INTEGERS : roll < 65 ? (floats ? Values.NUMBERS : Values.INTEGERS)
        : Values.WILD;
  }

  /** Whether the code under test has literals to build structure from. */
  boolean available() {
    return !anchors.isEmpty() || !formats.isEmpty() || delimited();
  }

  /** Fixed structured edge cases: each leading literal with an overflowing, padded or repeated value. */
  List<String> edges() {
    List<String> out = new ArrayList<>();
    for (String a : anchors.subList(0, Math.min(3, anchors.size()))) {
      out.add(a + "2147483648");
      out.add(a + " 42 ");
      out.add(a + "1 " + a + "2");
      out.add(a);
    }
    return out;
  }

  /** One structured string with values of the given kind. */
  String next(Values values) {
    boolean clean = values != Values.WILD;
    if (delimited() && (anchors.isEmpty() && formats.isEmpty() || random.nextInt(3) == 0)) {
      return line(values);
    }
    if (!formats.isEmpty() && (anchors.isEmpty() || random.nextInt(4) == 0)) {
      return filled(formats.get(random.nextInt(formats.size())), clean);
    }
    StringBuilder s = new StringBuilder();
    switch (random.nextInt(5)) {
      case 0, 1 -> { }
      case 2 -> s.append(PREFIXES[random.nextInt(PREFIXES.length)]);
      case 3 -> s.append(BLANKS[random.nextInt(BLANKS.length)]);
      default -> s.append(plainWord()).append(' ');
    }
    String anchor = anchor();
    // Two or three occurrences: first versus last occurrence is a common rewrite mistake.
    int occurrences = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
    for (int k = 0; k < occurrences; k++) {
      if (k > 0) {
        s.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
      s.append(k == 0 || random.nextInt(3) > 0 ? anchor : anchor());
      s.append(value(values));
      s.append(suffix(clean));
    }
    if (random.nextInt(6) == 0) {
      s.append(BLANKS[random.nextInt(BLANKS.length)]);
    }
    return s.toString();
  }

  /**
   * A line of one to five fields joined by one separator (a match of a punctuation regex of the
   * code, or a punctuation literal), each field a match of one of the code's other regexes (in
   * either case: code often upper-cases before checking), a near miss, a word, a value or a
   * literal. Held-out {@code hv10}: lines {@code "bank ; slot ; code"} split on {@code
   * \\s*;\\s*} and a code checked against {@code [A-Z]{2}-[0-9]{6}}; whole-string matches of
   * either regex never made the check go both ways, and the rewrite was left unproven.
   */
  private String line(Values values) {
    String separator = !splitters.isEmpty() && (suffixes.isEmpty() || random.nextBoolean())
        ? splitters.get(random.nextInt(splitters.size())).match(random)
        : suffixes.get(random.nextInt(suffixes.size()));
    StringBuilder s = new StringBuilder();
    int fields = 1 + random.nextInt(5);
    for (int i = 0; i < fields; i++) {
      if (i > 0) {
        s.append(separator);
      }
      RegexSampler check = checks.get(random.nextInt(checks.size()));
      int roll = random.nextInt(100);
      if (roll < 40) {
        s.append(check.match(random));
      } else if (roll < 50) {
        s.append(check.match(random).toLowerCase(java.util.Locale.ROOT));
      } else if (roll < 65) {
        s.append(check.nearMiss(random));
      } else if (roll < 80) {
        s.append(plainWord());
      } else if (roll < 90 || anchors.isEmpty()) {
        s.append(value(values).strip());
      } else {
        s.append(anchor());
      }
    }
    return s.toString();
  }

  /** A literal, favouring the front of the list where the target method's own literals are. */
  private String anchor() {
    if (anchors.isEmpty()) {
      return plainWord();
    }
    return anchors.get(random.nextInt(1 + random.nextInt(anchors.size())));
  }

  private String suffix(boolean clean) {
    int roll = random.nextInt(10);
    if (roll < 4) {
      return "";
    } else if (roll < 7 && !suffixes.isEmpty()) {
      return suffixes.get(random.nextInt(1 + random.nextInt(suffixes.size())));
    } else if (roll < 8 || !clean && roll < 9) {
      return anchor();
    } else if (clean) {
      return BLANKS[random.nextInt(BLANKS.length)];
    }
    return SEPARATORS[random.nextInt(SEPARATORS.length)] + plainWord()
        + (random.nextBoolean() ? "\ud83d\ude00" : "");
  }

  /** A value token: mostly numbers, padded with blanks now and then. */
  String value(Values values) {
    String v;
    int roll = random.nextInt(100);
    if (roll < (values == Values.INTEGERS ? 4 : 15)) {
      // Another literal as the value ("level=info"), often in a case-mapping variant.
      return random.nextBoolean() ? anchor() : localeVariant(anchor());
    } else if (values == Values.WILD && roll < 45) {
      return random.nextInt(3) == 0 ? localeVariant(anchor()) : WILD[random.nextInt(WILD.length)];
    } else if (values != Values.INTEGERS && roll < 55) {
      v = random.nextBoolean() ? FLOATS[random.nextInt(FLOATS.length)]
          : (random.nextInt(2001) - 1000) + "." + random.nextInt(1000);
    } else if (roll < 65) {
      v = Integer.toString(random.nextInt(2001) - 1000);
    } else if (roll < 85) {
      v = LONG_BOUNDARIES[random.nextInt(LONG_BOUNDARIES.length)];
    } else if (roll < 92) {
      v = (random.nextBoolean() ? "+" : "-") + random.nextInt(100_000);
    } else {
      v = "0".repeat(1 + random.nextInt(3)) + random.nextInt(1000);
    }
    return switch (random.nextInt(8)) {
      case 0 -> " " + v + " ";
      case 1 -> "\t" + v;
      case 2 -> v + BLANKS[random.nextInt(BLANKS.length)];
      default -> v;
    };
  }

  /**
   * The literal with one letter swapped for one that case-maps differently ({@code i} to dotless
   * {@code ı} or dotted {@code İ}, {@code ss} to {@code ß}, {@code s} to long {@code ſ}, {@code k}
   * to the Kelvin sign) or in the other case: equalsIgnoreCase and toLowerCase().equals disagree
   * exactly there.
   */
  String localeVariant(String literal) {
    String[][] swaps = {{"i", "\u0131"}, {"i", "\u0130"}, {"I", "\u0130"}, {"ss", "\u00df"},
      {"s", "\u017f"}, {"k", "\u212a"}, {"K", "\u212a"}};
    List<String> options = new ArrayList<>();
    for (String[] swap : swaps) {
      int at = literal.indexOf(swap[0]);
      if (at >= 0) {
        options.add(literal.substring(0, at) + swap[1] + literal.substring(at + swap[0].length()));
      }
    }
    options.add(literal.toUpperCase(java.util.Locale.ROOT));
    options.add(literal.toLowerCase(java.util.Locale.ROOT));
    return options.get(random.nextInt(options.size()));
  }

  private String filled(String format, boolean clean) {
    Matcher m = CONVERSION.matcher(format);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = switch (m.group(1)) {
        case "d", "x", "X" -> value(clean ? Values.INTEGERS : Values.WILD).strip();
        case "f", "e", "E", "g", "G" -> FLOATS[random.nextInt(FLOATS.length)];
        default -> random.nextBoolean() ? plainWord() : anchor();
      };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString().replace("%n", "\n").replace("%%", "%");
  }

  private String plainWord() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789/";
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
