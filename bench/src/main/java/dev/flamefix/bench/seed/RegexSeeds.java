package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seeds for {@code regex-recompiled}: a regular expression compiled again on every call. */
final class RegexSeeds {
  private static final String CAT = SeedCategories.REGEX;

  private RegexSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new SkuMatches(), new SplitCsvLine(), new CollapseWhitespace(), new LogLevelGroups(),
        new EmailValidation(), new LiteralReplaceAll(), new WordFrequencies(), new ValidatorInstance(),
        new DigitsOnly(), new PipeSplit(), new MaskCardNumbers());
  }

  static List<String> skus(int n, long seed) {
    List<String> out = new ArrayList<>();
    int[] v = SeedData.ints(n, 4000, seed);
    for (int i = 0; i < n; i++) {
      out.add(i % 7 == 0 ? "sku_" + v[i] : SeedData.sku(v[i]));
    }
    return out;
  }

  static final class SkuMatches extends SeedCase<List<String>> {
    SkuMatches() {
      super("regex-string-matches-sku", CAT,
          "1. Compiles the SKU pattern once into a static final Pattern instead of String.matches, which compiles it on every call; 2. Each check only runs the matcher.",
          () -> skus(800, 41),
          () -> List.of(List.of(), List.of("SKU-A100"), List.of("")),
          Slow::countValid, Fast::countValid);
    }

    static final class Slow {
      static int countValid(List<String> skus) {
        int valid = 0;
        for (String sku : skus) {
          if (sku.matches("SKU-[A-Z]\\d{3,5}")) {
            valid++;
          }
        }
        return valid;
      }
    }

    static final class Fast {
      private static final Pattern SKU = Pattern.compile("SKU-[A-Z]\\d{3,5}");

      static int countValid(List<String> skus) {
        int valid = 0;
        for (String sku : skus) {
          if (SKU.matcher(sku).matches()) {
            valid++;
          }
        }
        return valid;
      }
    }
  }

  static final class SplitCsvLine extends SeedCase<List<String>> {
    SplitCsvLine() {
      super("regex-split-comma-space", CAT,
          "1. Splits with a precompiled Pattern instead of String.split(\",\\\\s*\"), whose multi-character regex is compiled on every line; 2. Saves a Pattern compilation per line.",
          () -> {
            List<String> lines = new ArrayList<>();
            List<String> words = SeedData.words(2400, 42);
            for (int i = 0; i < 600; i++) {
              lines.add(words.get(4 * i) + ", " + words.get(4 * i + 1) + ",  " + words.get(4 * i + 2) + "," + words.get(4 * i + 3));
            }
            return lines;
          },
          () -> List.of(List.of(), List.of(""), List.of("a,b, c")),
          Slow::fieldCount, Fast::fieldCount);
    }

    static final class Slow {
      static int fieldCount(List<String> lines) {
        int fields = 0;
        for (String line : lines) {
          fields += line.split(",\\s*").length;
        }
        return fields;
      }
    }

    static final class Fast {
      private static final Pattern FIELD_SEPARATOR = Pattern.compile(",\\s*");

      static int fieldCount(List<String> lines) {
        int fields = 0;
        for (String line : lines) {
          fields += FIELD_SEPARATOR.split(line).length;
        }
        return fields;
      }
    }
  }

  static final class CollapseWhitespace extends SeedCase<List<String>> {
    CollapseWhitespace() {
      super("regex-replaceall-whitespace", CAT,
          "1. Reuses a static Pattern for the whitespace class (including no-break spaces) instead of String.replaceAll compiling it per line; 2. Only the matcher and replacement run per line.",
          () -> {
            List<String> lines = new ArrayList<>();
            for (String w : SeedData.words(800, 43)) {
              lines.add("  " + w + "   \t" + w + "  x ");
            }
            return lines;
          },
          () -> List.of(List.of(), List.of(""), List.of(" \t ")),
          Slow::normalize, Fast::normalize);
    }

    static final class Slow {
      static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
          out.add(line.replaceAll("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+", " ").trim());
        }
        return out;
      }
    }

    static final class Fast {
      private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

      static List<String> normalize(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
          out.add(WHITESPACE.matcher(line).replaceAll(" ").trim());
        }
        return out;
      }
    }
  }

  static final class LogLevelGroups extends SeedCase<List<String>> {
    LogLevelGroups() {
      super("regex-compile-in-parse-method", CAT,
          "1. Hoists Pattern.compile of the log-line grammar into a static final field instead of compiling it inside parse for each line; 2. Compilation of the grouped pattern was the dominant cost per line.",
          () -> SeedData.rawLogLines(600, 44),
          () -> List.of(List.of(), List.of("garbage"), List.of("1 INFO [auth] ok")),
          Slow::levelsByService, Fast::levelsByService);
    }

    static final class Slow {
      static Map<String, Integer> levelsByService(List<String> lines) {
        Map<String, Integer> errors = new TreeMap<>();
        for (String line : lines) {
          Matcher m = Pattern.compile("^(\\d+) (INFO|WARN|ERROR|DEBUG) \\[(\\w+)\\] (.*)$").matcher(line);
          if (m.matches() && m.group(2).equals("ERROR")) {
            errors.merge(m.group(3), 1, Integer::sum);
          }
        }
        return errors;
      }
    }

    static final class Fast {
      private static final Pattern LOG_LINE = Pattern.compile("^(\\d+) (INFO|WARN|ERROR|DEBUG) \\[(\\w+)\\] (.*)$");

      static Map<String, Integer> levelsByService(List<String> lines) {
        Map<String, Integer> errors = new TreeMap<>();
        for (String line : lines) {
          Matcher m = LOG_LINE.matcher(line);
          if (m.matches() && m.group(2).equals("ERROR")) {
            errors.merge(m.group(3), 1, Integer::sum);
          }
        }
        return errors;
      }
    }
  }

  static final class EmailValidation extends SeedCase<List<String>> {
    EmailValidation() {
      super("regex-pattern-matches-email", CAT,
          "1. Replaces Pattern.matches(regex, input), which compiles the regex every time, with a precompiled Pattern's matcher; 2. The long email pattern is parsed once per class load.",
          () -> {
            List<String> emails = new ArrayList<>();
            List<String> words = SeedData.words(1000, 45);
            for (int i = 0; i < 500; i++) {
              emails.add(i % 5 == 0 ? words.get(2 * i) + "-at-" + words.get(2 * i + 1) : words.get(2 * i) + "." + i + "@" + words.get(2 * i + 1) + ".example.com");
            }
            return emails;
          },
          () -> List.of(List.of(), List.of("a@b.co"), List.of("@")),
          Slow::validEmails, Fast::validEmails);
    }

    static final class Slow {
      static List<String> validEmails(List<String> candidates) {
        List<String> valid = new ArrayList<>();
        for (String c : candidates) {
          if (Pattern.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}", c)) {
            valid.add(c);
          }
        }
        return valid;
      }
    }

    static final class Fast {
      private static final Pattern EMAIL =
          Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

      static List<String> validEmails(List<String> candidates) {
        List<String> valid = new ArrayList<>();
        for (String c : candidates) {
          if (EMAIL.matcher(c).matches()) {
            valid.add(c);
          }
        }
        return valid;
      }
    }
  }

  static final class LiteralReplaceAll extends SeedCase<List<String>> {
    LiteralReplaceAll() {
      super("regex-replaceall-literal-dot", CAT,
          "1. Uses String.replace(char, char) for a literal dot-to-slash substitution instead of replaceAll(\"\\\\.\", \"/\"), which compiles a regex and runs a matcher; 2. Plain character replacement needs no regex machinery at all.",
          () -> {
            List<String> names = new ArrayList<>();
            for (String w : SeedData.words(900, 46)) {
              names.add("com.example." + w + ".service.Impl");
            }
            return names;
          },
          () -> List.of(List.of(), List.of(""), List.of("...")),
          Slow::toPaths, Fast::toPaths);
    }

    static final class Slow {
      static List<String> toPaths(List<String> classNames) {
        List<String> paths = new ArrayList<>(classNames.size());
        for (String name : classNames) {
          paths.add(name.replaceAll("\\.", "/") + ".class");
        }
        return paths;
      }
    }

    static final class Fast {
      static List<String> toPaths(List<String> classNames) {
        List<String> paths = new ArrayList<>(classNames.size());
        for (String name : classNames) {
          paths.add(name.replace('.', '/') + ".class");
        }
        return paths;
      }
    }
  }

  static final class WordFrequencies extends SeedCase<String> {
    WordFrequencies() {
      super("regex-word-tokenizer-per-call", CAT,
          "1. Keeps the word Pattern in a constant instead of compiling it each time countWords runs on a short review; 2. For short inputs compilation cost exceeded the matching itself.",
          () -> SeedData.text(300, 3, 47),
          () -> List.of("", "a", "Hello, hello!"),
          Slow::wordCountsPerLine, Fast::wordCountsPerLine);
    }

    static final class Slow {
      static Map<String, Integer> wordCountsPerLine(String reviews) {
        Map<String, Integer> counts = new HashMap<>();
        for (String review : reviews.split("\n")) {
          Matcher m = Pattern.compile("[\\p{L}\\p{M}']+(?:-[\\p{L}\\p{M}']+)*").matcher(review.toLowerCase());
          while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
          }
        }
        return counts;
      }
    }

    static final class Fast {
      private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}']+(?:-[\\p{L}\\p{M}']+)*");

      static Map<String, Integer> wordCountsPerLine(String reviews) {
        Map<String, Integer> counts = new HashMap<>();
        for (String review : reviews.split("\n")) {
          Matcher m = WORD.matcher(review.toLowerCase());
          while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
          }
        }
        return counts;
      }
    }
  }

  static final class ValidatorInstance extends SeedCase<List<Order>> {
    ValidatorInstance() {
      super("regex-validator-field", CAT,
          "1. Compiles the customer-id pattern once in the validator's constructor instead of inside isValid; 2. Validating a batch then costs one compilation instead of one per order.",
          () -> SeedData.orders(700, 5000, 20, 48),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 3)),
          orders -> new Slow().countValid(orders),
          orders -> new Fast().countValid(orders));
    }

    static final class Slow {
      boolean isValid(Order order) {
        Pattern customerId = Pattern.compile("C\\d{4,6}");
        return order.quantity() > 0 && customerId.matcher(order.customerId()).matches();
      }

      int countValid(List<Order> orders) {
        int valid = 0;
        for (Order o : orders) {
          if (isValid(o)) {
            valid++;
          }
        }
        return valid;
      }
    }

    static final class Fast {
      private final Pattern customerId = Pattern.compile("C\\d{4,6}");

      boolean isValid(Order order) {
        return order.quantity() > 0 && customerId.matcher(order.customerId()).matches();
      }

      int countValid(List<Order> orders) {
        int valid = 0;
        for (Order o : orders) {
          if (isValid(o)) {
            valid++;
          }
        }
        return valid;
      }
    }
  }

  static final class DigitsOnly extends SeedCase<List<String>> {
    DigitsOnly() {
      super("regex-matches-digits", CAT,
          "1. Tests for an all-digit zip code with a precompiled \\\\d+ Pattern rather than zip.matches on every record; 2. Avoids building a new Pattern object graph per record.",
          () -> {
            List<String> zips = new ArrayList<>();
            for (int v : SeedData.ints(1000, 99_999, 49)) {
              zips.add(v % 9 == 0 ? "Z" + v : String.valueOf(v));
            }
            return zips;
          },
          () -> List.of(List.of(), List.of(""), List.of("0")),
          Slow::numericZips, Fast::numericZips);
    }

    static final class Slow {
      static long numericZips(List<String> zips) {
        return zips.stream().filter(z -> z.matches("\\d+")).count();
      }
    }

    static final class Fast {
      private static final Pattern DIGITS = Pattern.compile("\\d+");

      static long numericZips(List<String> zips) {
        return zips.stream().filter(z -> DIGITS.matcher(z).matches()).count();
      }
    }
  }

  static final class PipeSplit extends SeedCase<List<String>> {
    PipeSplit() {
      super("regex-split-padded-pipe", CAT,
          "1. Precompiles the padded pipe delimiter \\\\s*\\\\|\\\\s* once instead of per record via String.split; 2. Multi-character regex delimiters miss String.split's fast path, so every call compiled a Pattern.",
          () -> {
            List<String> records = new ArrayList<>();
            List<String> w = SeedData.words(1800, 50);
            for (int i = 0; i < 600; i++) {
              records.add(w.get(3 * i) + " | " + w.get(3 * i + 1) + "|" + w.get(3 * i + 2));
            }
            return records;
          },
          () -> List.of(List.of(), List.of(""), List.of("a | b")),
          Slow::secondColumn, Fast::secondColumn);
    }

    static final class Slow {
      static List<String> secondColumn(List<String> records) {
        List<String> out = new ArrayList<>();
        for (String r : records) {
          String[] cols = r.split("\\s*\\|\\s*");
          out.add(cols.length > 1 ? cols[1] : "");
        }
        return out;
      }
    }

    static final class Fast {
      private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");

      static List<String> secondColumn(List<String> records) {
        List<String> out = new ArrayList<>();
        for (String r : records) {
          String[] cols = PIPE.split(r);
          out.add(cols.length > 1 ? cols[1] : "");
        }
        return out;
      }
    }
  }

  static final class MaskCardNumbers extends SeedCase<List<String>> {
    MaskCardNumbers() {
      super("regex-replacefirst-mask", CAT,
          "1. Masks card numbers with a shared precompiled Pattern instead of replaceFirst compiling the lookahead regex per message; 2. The replacement runs on a reused compiled automaton.",
          () -> {
            List<String> messages = new ArrayList<>();
            long[] cards = SeedData.longs(600, 9_000_000_000_000_000L, 51);
            for (long c : cards) {
              messages.add("paid with card " + (1_000_000_000_000_000L + c) + " ok");
            }
            return messages;
          },
          () -> List.of(List.of(), List.of("no card"), List.of("1234567890123456")),
          Slow::mask, Fast::mask);
    }

    static final class Slow {
      static List<String> mask(List<String> messages) {
        List<String> out = new ArrayList<>(messages.size());
        for (String m : messages) {
          out.add(m.replaceFirst("\\d{12}(?=\\d{4})", "************"));
        }
        return out;
      }
    }

    static final class Fast {
      private static final Pattern CARD_PREFIX = Pattern.compile("\\d{12}(?=\\d{4})");

      static List<String> mask(List<String> messages) {
        List<String> out = new ArrayList<>(messages.size());
        for (String m : messages) {
          out.add(CARD_PREFIX.matcher(m).replaceFirst("************"));
        }
        return out;
      }
    }
  }
}
