package dev.flamefix.validator.soundness;

import static dev.flamefix.validator.support.Rewrite.catalog;
import static dev.flamefix.validator.support.Rewrite.logs;
import static dev.flamefix.validator.support.Rewrite.orders;

import dev.flamefix.validator.support.Rewrite;
import java.util.List;
import java.util.Set;

/**
 * Correct rewrites that remove the anti-pattern: same behaviour, faster. Some are faster by a
 * large factor that no load can hide ({@link #CLEARLY_FASTER}); the others gain 2-5x, which the
 * validator resolves on a quiet machine but not necessarily on a busy one.
 */
final class CorrectRewrites {

  private CorrectRewrites() {}

  /**
   * Rewrites whose speed-up is large and asymptotic at the benchmark's 300-element inputs:
   * quadratic string building or list search made linear (measured 6-200x at a load average of
   * 12 on 2 cores), and a regex replaced by a character check (85x). Only for these does a test
   * assert that the validator accepts them on speed.
   */
  static final Set<String> CLEARLY_FASTER = Set.of(
      "report-stringbuilder", "report-stringbuilder-presized", "report-stream-joining",
      "known-hashset", "known-hashset-stream", "known-hashset-indexed", "known-hashset-foreach",
      "known-hashset-presized-foreach", "sku-hand-written-check", "csv-stringbuilder",
      "csv-stringjoiner", "csv-stream", "repeat-stringbuilder", "repeat-string-valueof-repeat");

  /** The rewrites in {@link #CLEARLY_FASTER}. */
  static List<Rewrite> clearlyFaster() {
    return all().stream().filter(r -> CLEARLY_FASTER.contains(r.name())).toList();
  }

  static final String SKU_PATTERN =
      "private static final java.util.regex.Pattern SKU = java.util.regex.Pattern.compile(\"[A-Z]{3}-[0-9]{4}\");";

  static List<Rewrite> all() {
    return List.of(
        orders("report-stringbuilder", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                sb.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
              }
              return sb.toString();
            }"""),
        orders("report-stringbuilder-presized", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder(orders.size() * 24);
              for (Order o : orders) {
                sb.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
              }
              return sb.toString();
            }"""),
        orders("report-stream-joining", "renderReport", """
            public String renderReport(List<Order> orders) {
              return orders.stream().map(o -> o.id() + "," + o.sku() + "," + o.quantity() + "\\n")
                  .collect(java.util.stream.Collectors.joining());
            }"""),
        orders("known-hashset", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              int count = 0;
              for (Order o : orders) {
                if (known.contains(o.customerId())) count++;
              }
              return count;
            }"""),
        orders("known-hashset-stream", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              return (int) orders.stream().filter(o -> known.contains(o.customerId())).count();
            }"""),
        orders("known-hashset-indexed", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.HashSet<String> known = new java.util.HashSet<>(knownCustomers.size() * 2);
              known.addAll(knownCustomers);
              int count = 0;
              for (int i = 0; i < orders.size(); i++) {
                if (known.contains(orders.get(i).customerId())) count++;
              }
              return count;
            }"""),
        orders("sku-precompiled", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                if (SKU.matcher(o.sku()).matches()) valid++;
              }
              return valid;
            }""", SKU_PATTERN, null),
        orders("sku-precompiled-stream", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              return (int) orders.stream().filter(o -> SKU.matcher(o.sku()).matches()).count();
            }""", SKU_PATTERN, null),
        orders("sku-hand-written-check", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                if (isSku(o.sku())) valid++;
              }
              return valid;
            }""", """
            private static boolean isSku(String s) {
              if (s.length() != 8 || s.charAt(3) != '-') return false;
              for (int i = 0; i < 3; i++) {
                char c = s.charAt(i);
                if (c < 'A' || c > 'Z') return false;
              }
              for (int i = 4; i < 8; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') return false;
              }
              return true;
            }""", null),
        orders("known-hashset-foreach", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              int[] count = {0};
              orders.forEach(o -> { if (known.contains(o.customerId())) count[0]++; });
              return count[0];
            }"""),
        orders("sku-precompiled-indexed", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              java.util.regex.Matcher m = SKU.matcher("");
              for (int i = 0; i < orders.size(); i++) {
                if (m.reset(orders.get(i).sku()).matches()) valid++;
              }
              return valid;
            }""", SKU_PATTERN, null),
        orders("known-hashset-presized-foreach", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = new java.util.HashSet<>(Math.max(16, knownCustomers.size() * 2));
              for (String k : knownCustomers) known.add(k);
              int count = 0;
              for (Order o : orders) {
                if (known.contains(o.customerId())) count++;
              }
              return count;
            }"""),
        catalog("distinct-linkedhashset", "countDistinct", """
            public static int countDistinct(List<String> items) {
              return new java.util.LinkedHashSet<>(items).size();
            }"""),
        catalog("distinct-hashset", "countDistinct", """
            public static int countDistinct(List<String> items) {
              return new java.util.HashSet<>(items).size();
            }"""),
        catalog("distinct-stream", "countDistinct", """
            public static int countDistinct(List<String> items) {
              return (int) items.stream().distinct().count();
            }"""),
        catalog("distinct-hashset-loop", "countDistinct", """
            public static int countDistinct(List<String> items) {
              java.util.Set<String> seen = new java.util.HashSet<>();
              for (String s : items) seen.add(s);
              return seen.size();
            }"""),
        catalog("dedupe-linkedhashset", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              return new ArrayList<>(new java.util.LinkedHashSet<>(items));
            }"""),
        catalog("dedupe-seen-set", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              java.util.Set<String> seen = new java.util.HashSet<>();
              List<String> out = new ArrayList<>();
              for (String s : items) if (seen.add(s)) out.add(s);
              return out;
            }"""),
        catalog("dedupe-stream-distinct", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              return items.stream().distinct().collect(java.util.stream.Collectors.toList());
            }"""),
        catalog("csv-stringbuilder", "joinCsv", """
            public static String joinCsv(List<String> cells) {
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < cells.size(); i++) {
                if (i > 0) sb.append(',');
                String c = cells.get(i);
                sb.append(c == null ? "" : c);
              }
              return sb.toString();
            }"""),
        catalog("csv-stringjoiner", "joinCsv", """
            public static String joinCsv(List<String> cells) {
              java.util.StringJoiner joiner = new java.util.StringJoiner(",");
              for (String c : cells) joiner.add(c == null ? "" : c);
              return joiner.toString();
            }"""),
        catalog("csv-stream", "joinCsv", """
            public static String joinCsv(List<String> cells) {
              return cells.stream().map(c -> c == null ? "" : c)
                  .collect(java.util.stream.Collectors.joining(","));
            }"""),
        catalog("email-precompiled", "countValidEmails", """
            public static int countValidEmails(List<String> xs) {
              int n = 0;
              for (String s : xs) if (EMAIL.matcher(s).matches()) n++;
              return n;
            }""", "private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(\"[a-z]+@[a-z]+\\\\.com\");",
            null),
        catalog("pairs-hashmap-counts", "countPairsWithSum", """
            public static long countPairsWithSum(int[] xs, int target) {
              Map<Integer, Integer> seen = new java.util.HashMap<>();
              long pairs = 0;
              for (int x : xs) {
                pairs += seen.getOrDefault(target - x, 0);
                seen.merge(x, 1, Integer::sum);
              }
              return pairs;
            }"""),
        catalog("repeat-stringbuilder", "repeat", """
            public static String repeat(String s, int n) {
              if (n < 0 || n > 2000) throw new IllegalArgumentException("n=" + n);
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < n; i++) sb.append(s);
              return sb.toString();
            }"""),
        catalog("repeat-string-valueof-repeat", "repeat", """
            public static String repeat(String s, int n) {
              if (n < 0 || n > 2000) throw new IllegalArgumentException("n=" + n);
              return String.valueOf(s).repeat(n);
            }"""),
        catalog("squares-primitive", "sumOfSquares", """
            public static long sumOfSquares(int[] xs) {
              long total = 0;
              for (int x : xs) total += (long) x * x;
              return total;
            }"""),
        catalog("average-primitive", "average", """
            public static double average(double[] xs) {
              double sum = 0.0;
              for (double x : xs) sum += x;
              return sum / xs.length;
            }"""),
        orders("total-primitive", "totalCents", """
            public long totalCents(List<Order> orders) {
              long total = 0L;
              for (Order o : orders) {
                total += o.priceCents() * o.quantity();
              }
              return total;
            }"""),
        logs("latency-lastindexof", "totalLatency", """
            public static long totalLatency(List<String> lines) {
              long total = 0;
              for (String line : lines) {
                int at = line.lastIndexOf("latency=");
                if (at < 0) continue;
                int start = at + "latency=".length();
                int end = line.indexOf(" ms", start);
                total += Long.parseLong((end < 0 ? line.substring(start) : line.substring(start, end)).trim());
              }
              return total;
            }"""),
        new Rewrite("latency-precompiled-patterns", dev.flamefix.validator.support.Sources.LOG_DIGEST,
            "totalLatency", """
            public static long totalLatency(List<String> lines) {
              long total = 0;
              for (String line : lines) {
                if (!line.contains("latency=")) continue;
                String value = UNIT.matcher(KEY.matcher(line).replaceAll("")).replaceAll("");
                total += Long.parseLong(value.trim());
              }
              return total;
            }""", """
            private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("(?s).*latency=");
            private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("(?s) ms.*");""",
            null),
        orders("total-stream", "totalCents", """
            public long totalCents(List<Order> orders) {
              return orders.stream().mapToLong(o -> o.priceCents() * o.quantity()).sum();
            }"""),
        catalog("dedupe-linkedhashset-presized", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>(items.size() * 2);
              set.addAll(items);
              return new ArrayList<>(set);
            }"""),
        catalog("distinct-hashset-presized", "countDistinct", """
            public static int countDistinct(List<String> items) {
              java.util.Set<String> seen = new java.util.HashSet<>(items.size() * 2);
              seen.addAll(items);
              return seen.size();
            }"""));
  }
}
