package dev.flamefix.validator.soundness;

import static dev.flamefix.validator.support.Rewrite.catalog;
import static dev.flamefix.validator.support.Rewrite.logs;
import static dev.flamefix.validator.support.Rewrite.orders;

import dev.flamefix.validator.support.Rewrite;
import java.util.List;

/** Wrong but plausible rewrites: each compiles, looks like an optimization, and is not. */
final class WrongRewrites {

  private WrongRewrites() {}

  static List<Rewrite> all() {
    return List.of(
        // ---------------------------------------------------------------- LogDigest
        // Each changed branch only runs on lines that contain the method's key literal: these
        // are caught only by inputs built from the literals (and the first three were accepted
        // before such inputs existed).
        logs("latency-parse-int", "totalLatency", """
            public static long totalLatency(List<String> lines) {
              long total = 0;
              for (String line : lines) {
                int at = line.lastIndexOf("latency=");
                if (at < 0) continue;
                int start = at + "latency=".length();
                int end = line.indexOf(" ms", start);
                total += Integer.parseInt((end < 0 ? line.substring(start) : line.substring(start, end)).trim());
              }
              return total;
            }"""),
        logs("latency-no-trim", "totalLatency", """
            public static long totalLatency(List<String> lines) {
              long total = 0;
              for (String line : lines) {
                int at = line.lastIndexOf("latency=");
                if (at < 0) continue;
                int start = at + "latency=".length();
                int end = line.indexOf(" ms", start);
                total += Long.parseLong(end < 0 ? line.substring(start) : line.substring(start, end));
              }
              return total;
            }"""),
        logs("latency-first-occurrence", "totalLatency", """
            public static long totalLatency(List<String> lines) {
              long total = 0;
              for (String line : lines) {
                int at = line.indexOf("latency=");
                if (at < 0) continue;
                int start = at + "latency=".length();
                int end = line.indexOf(" ms", start);
                total += Long.parseLong((end < 0 ? line.substring(start) : line.substring(start, end)).trim());
              }
              return total;
            }"""),
        logs("user-substring-off-by-one", "lastUser", """
            public static String lastUser(List<String> lines) {
              String user = null;
              for (String line : lines) {
                int at = line.indexOf("user=");
                if (at < 0) continue;
                int end = line.indexOf(',', at);
                user = end < 0 ? line.substring(at + 4) : line.substring(at + 4, end);
              }
              return user;
            }"""),
        logs("info-lowercase-equals", "countInfo", """
            public static int countInfo(List<String> lines) {
              int n = 0;
              for (String line : lines) {
                int at = line.indexOf("level=");
                if (at < 0) continue;
                int end = line.indexOf(' ', at);
                String level = end < 0 ? line.substring(at + 6) : line.substring(at + 6, end);
                if (level.toLowerCase(java.util.Locale.ROOT).equals("info")) n++;
              }
              return n;
            }"""),
        logs("tag-chars-not-code-points", "widestTag", """
            public static int widestTag(List<String> lines) {
              int widest = 0;
              for (String line : lines) {
                int at = line.indexOf("tag=");
                if (at < 0) continue;
                widest = Math.max(widest, line.substring(at + 4).strip().length());
              }
              return widest;
            }"""),
        logs("temperature-float-sum", "meanTemperature", """
            public static double meanTemperature(List<String> lines) {
              float sum = 0;
              int n = 0;
              for (String line : lines) {
                int at = line.indexOf("temp=");
                if (at >= 0) {
                  sum += Double.parseDouble(line.substring(at + 5).trim());
                  n++;
                }
              }
              return sum / n;
            }"""),
        // ---------------------------------------------------------------- renderReport
        orders("report-drops-last-newline", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                if (sb.length() > 0) sb.append('\\n');
                sb.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity());
              }
              return sb.toString();
            }"""),
        orders("report-semicolon-separator", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                sb.append(o.id()).append(';').append(o.sku()).append(';').append(o.quantity()).append('\\n');
              }
              return sb.toString();
            }"""),
        orders("report-swapped-columns", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                sb.append(o.sku()).append(',').append(o.id()).append(',').append(o.quantity()).append('\\n');
              }
              return sb.toString();
            }"""),
        orders("report-joining-without-trailing-newline", "renderReport", """
            public String renderReport(List<Order> orders) {
              return orders.stream().map(o -> o.id() + "," + o.sku() + "," + o.quantity())
                  .collect(java.util.stream.Collectors.joining("\\n"));
            }"""),
        orders("report-skips-zero-quantity", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                if (o.quantity() == 0) continue;
                sb.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
              }
              return sb.toString();
            }"""),
        orders("report-customer-instead-of-id", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                sb.append(o.customerId()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
              }
              return sb.toString();
            }"""),
        orders("report-stale-cache-by-size", "renderReport", """
            public String renderReport(List<Order> orders) {
              String cached = REPORTS.get(orders.size());
              if (cached != null) return cached;
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                sb.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
              }
              REPORTS.put(orders.size(), sb.toString());
              return sb.toString();
            }""", "private static final java.util.Map<Integer, String> REPORTS = new java.util.HashMap<>();",
            null),
        orders("report-null-id-becomes-empty", "renderReport", """
            public String renderReport(List<Order> orders) {
              StringBuilder sb = new StringBuilder();
              for (Order o : orders) {
                sb.append(o.id() == null ? "" : o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
              }
              return sb.toString();
            }"""),
        // ---------------------------------------------------------------- countKnownCustomers
        orders("known-off-by-one-start", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              int count = 0;
              for (int i = 1; i < orders.size(); i++) {
                if (known.contains(orders.get(i).customerId())) count++;
              }
              return count;
            }"""),
        orders("known-drops-last-order", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              int count = 0;
              for (int i = 0; i < orders.size() - 1; i++) {
                if (known.contains(orders.get(i).customerId())) count++;
              }
              return count;
            }"""),
        orders("known-counts-distinct-customers", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> customers = new java.util.HashSet<>();
              for (Order o : orders) customers.add(o.customerId());
              customers.retainAll(new java.util.HashSet<>(knownCustomers));
              return customers.size();
            }"""),
        orders("known-set-copyof-rejects-null", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = java.util.Set.copyOf(knownCustomers);
              int count = 0;
              for (Order o : orders) {
                if (known.contains(o.customerId())) count++;
              }
              return count;
            }"""),
        orders("known-stale-instance-cache", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              if (knownSet == null) knownSet = new java.util.HashSet<>(knownCustomers);
              int count = 0;
              for (Order o : orders) {
                if (knownSet.contains(o.customerId())) count++;
              }
              return count;
            }""", "private java.util.Set<String> knownSet;", null),
        orders("known-counts-unknown", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              int count = 0;
              for (Order o : orders) {
                if (!known.contains(o.customerId())) count++;
              }
              return orders.size() - count == 0 ? 0 : count;
            }"""),
        orders("known-null-orders-illegal-argument", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              if (orders == null) throw new IllegalArgumentException("orders");
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              int count = 0;
              for (Order o : orders) {
                if (known.contains(o.customerId())) count++;
              }
              return count;
            }"""),
        orders("known-empty-known-short-circuit-wrong", "countKnownCustomers", """
            public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
              if (knownCustomers.isEmpty()) return orders.size();
              java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
              int count = 0;
              for (Order o : orders) {
                if (known.contains(o.customerId())) count++;
              }
              return count;
            }"""),
        // ---------------------------------------------------------------- countValidSkus
        orders("sku-unanchored-find", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                if (SKU.matcher(o.sku()).find()) valid++;
              }
              return valid;
            }""", "private static final java.util.regex.Pattern SKU = java.util.regex.Pattern.compile(\"[A-Z]{3}-[0-9]{4}\");",
            null),
        orders("sku-three-or-four-digits", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                if (SKU.matcher(o.sku()).matches()) valid++;
              }
              return valid;
            }""", "private static final java.util.regex.Pattern SKU = java.util.regex.Pattern.compile(\"[A-Z]{3}-[0-9]{3,4}\");",
            null),
        orders("sku-shape-check-only", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                String s = o.sku();
                if (s.length() == 8 && s.charAt(3) == '-') valid++;
              }
              return valid;
            }"""),
        orders("sku-case-insensitive", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                if (SKU.matcher(o.sku()).matches()) valid++;
              }
              return valid;
            }""", "private static final java.util.regex.Pattern SKU = java.util.regex.Pattern.compile(\"[A-Z]{3}-[0-9]{4}\", java.util.regex.Pattern.CASE_INSENSITIVE);",
            null),
        orders("sku-null-counts-invalid", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                if (o.sku() != null && SKU.matcher(o.sku()).matches()) valid++;
              }
              return valid;
            }""", "private static final java.util.regex.Pattern SKU = java.util.regex.Pattern.compile(\"[A-Z]{3}-[0-9]{4}\");",
            null),
        orders("sku-stale-static-cache-by-size", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              Integer cached = CACHE.get(orders.size());
              if (cached != null) return cached;
              int valid = 0;
              for (Order o : orders) {
                if (SKU.matcher(o.sku()).matches()) valid++;
              }
              CACHE.put(orders.size(), valid);
              return valid;
            }""", """
            private static final java.util.regex.Pattern SKU = java.util.regex.Pattern.compile("[A-Z]{3}-[0-9]{4}");
            private static final java.util.Map<Integer, Integer> CACHE = new java.util.HashMap<>();""",
            null),
        orders("sku-digit-class-too-wide", "countValidSkus", """
            public int countValidSkus(List<Order> orders) {
              int valid = 0;
              for (Order o : orders) {
                String s = o.sku();
                if (s.length() == 8 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))
                    && Character.isUpperCase(s.charAt(2)) && s.charAt(3) == '-' && Character.isDigit(s.charAt(4))
                    && Character.isDigit(s.charAt(5)) && Character.isDigit(s.charAt(6)) && Character.isLetterOrDigit(s.charAt(7))) valid++;
              }
              return valid;
            }"""),
        // ---------------------------------------------------------------- totalCents
        orders("total-int-accumulator-overflow", "totalCents", """
            public long totalCents(List<Order> orders) {
              int total = 0;
              for (Order o : orders) {
                total += o.priceCents() * o.quantity();
              }
              return total;
            }"""),
        orders("total-int-cast-overflow", "totalCents", """
            public long totalCents(List<Order> orders) {
              long total = 0;
              for (Order o : orders) {
                total += (int) o.priceCents() * o.quantity();
              }
              return total;
            }"""),
        orders("total-skips-last", "totalCents", """
            public long totalCents(List<Order> orders) {
              long total = 0;
              for (int i = 0; i + 1 < orders.size(); i++) {
                total += orders.get(i).priceCents() * orders.get(i).quantity();
              }
              return total;
            }"""),
        orders("total-positive-only", "totalCents", """
            public long totalCents(List<Order> orders) {
              long total = 0;
              for (Order o : orders) {
                long line = o.priceCents() * o.quantity();
                if (line > 0) total += line;
              }
              return total;
            }"""),
        orders("total-stale-identity-cache", "totalCents", """
            public long totalCents(List<Order> orders) {
              if (orders == lastOrders) return lastTotal;
              long total = 0;
              for (Order o : orders) {
                total += o.priceCents() * o.quantity();
              }
              lastOrders = orders;
              lastTotal = total;
              return total;
            }""", "private List<Order> lastOrders; private long lastTotal;", null),
        orders("total-sorts-input", "totalCents", """
            public long totalCents(List<Order> orders) {
              orders.sort(java.util.Comparator.comparingLong(Order::priceCents));
              long total = 0;
              for (Order o : orders) {
                total += o.priceCents() * o.quantity();
              }
              return total;
            }"""),
        orders("total-removes-zero-quantity", "totalCents", """
            public long totalCents(List<Order> orders) {
              orders.removeIf(o -> o.quantity() == 0);
              long total = 0;
              for (Order o : orders) {
                total += o.priceCents() * o.quantity();
              }
              return total;
            }"""),
        orders("total-double-precision", "totalCents", """
            public long totalCents(List<Order> orders) {
              double total = 0;
              for (Order o : orders) {
                total += (double) o.priceCents() * o.quantity();
              }
              return (long) total;
            }"""),
        // ---------------------------------------------------------------- Catalog
        catalog("distinct-size-only", "countDistinct", """
            public static int countDistinct(List<String> items) {
              return items.size();
            }"""),
        catalog("distinct-treeset-null", "countDistinct", """
            public static int countDistinct(List<String> items) {
              return new java.util.TreeSet<>(items).size();
            }"""),
        catalog("distinct-ignores-case", "countDistinct", """
            public static int countDistinct(List<String> items) {
              java.util.Set<String> seen = new java.util.HashSet<>();
              for (String s : items) seen.add(s == null ? null : s.toLowerCase());
              return seen.size();
            }"""),
        catalog("distinct-stale-cache-by-size", "countDistinct", """
            public static int countDistinct(List<String> items) {
              return CACHE.computeIfAbsent(items.size(), k -> new java.util.HashSet<>(items).size());
            }""", "private static final Map<Integer, Integer> CACHE = new java.util.HashMap<>();", null),
        catalog("dedupe-hashset-order", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              return new ArrayList<>(new java.util.HashSet<>(items));
            }"""),
        catalog("dedupe-keeps-last", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
              for (String s : items) { seen.remove(s); seen.add(s); }
              return new ArrayList<>(seen);
            }"""),
        catalog("dedupe-drops-null", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>(items);
              seen.remove(null);
              return new ArrayList<>(seen);
            }"""),
        catalog("dedupe-in-place", "dedupe", """
            public static List<String> dedupe(List<String> items) {
              java.util.Set<String> seen = new java.util.HashSet<>();
              items.removeIf(s -> !seen.add(s));
              return items;
            }"""),
        catalog("csv-string-join-null", "joinCsv", """
            public static String joinCsv(List<String> cells) {
              return String.join(",", cells);
            }"""),
        catalog("csv-trailing-comma", "joinCsv", """
            public static String joinCsv(List<String> cells) {
              StringBuilder sb = new StringBuilder();
              for (String c : cells) sb.append(c == null ? "" : c).append(',');
              return sb.toString();
            }"""),
        catalog("csv-skips-null-cells", "joinCsv", """
            public static String joinCsv(List<String> cells) {
              StringBuilder sb = new StringBuilder();
              for (String c : cells) {
                if (c == null) continue;
                if (sb.length() > 0) sb.append(',');
                sb.append(c);
              }
              return sb.toString();
            }"""),
        catalog("csv-semicolon", "joinCsv", """
            public static String joinCsv(List<String> cells) {
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < cells.size(); i++) {
                if (i > 0) sb.append(';');
                sb.append(cells.get(i) == null ? "" : cells.get(i));
              }
              return sb.toString();
            }"""),
        catalog("squares-int-overflow", "sumOfSquares", """
            public static long sumOfSquares(int[] xs) {
              long total = 0;
              for (int x : xs) total += x * x;
              return total;
            }"""),
        catalog("squares-skips-first", "sumOfSquares", """
            public static long sumOfSquares(int[] xs) {
              long total = 0;
              for (int i = 1; i < xs.length; i++) total += (long) xs[i] * xs[i];
              return total;
            }"""),
        catalog("squares-math-pow-precision", "sumOfSquares", """
            public static long sumOfSquares(int[] xs) {
              long total = 0;
              for (int x : xs) total += (long) Math.pow(x, 2);
              return total;
            }"""),
        catalog("average-empty-is-zero", "average", """
            public static double average(double[] xs) {
              if (xs.length == 0) return 0;
              double sum = 0;
              for (double x : xs) sum += x;
              return sum / xs.length;
            }"""),
        catalog("average-reversed-summation", "average", """
            public static double average(double[] xs) {
              double sum = 0;
              for (int i = xs.length - 1; i >= 0; i--) sum += xs[i];
              return sum / xs.length;
            }"""),
        catalog("average-pairwise-summation", "average", """
            public static double average(double[] xs) {
              double even = 0;
              double odd = 0;
              for (int i = 0; i < xs.length; i++) {
                if (i % 2 == 0) even += xs[i]; else odd += xs[i];
              }
              return (even + odd) / xs.length;
            }"""),
        catalog("average-float-accumulator", "average", """
            public static double average(double[] xs) {
              float sum = 0;
              for (double x : xs) sum += x;
              return sum / xs.length;
            }"""),
        catalog("duplicate-sorts-input", "hasDuplicate", """
            public static boolean hasDuplicate(int[] xs) {
              java.util.Arrays.sort(xs);
              for (int i = 1; i < xs.length; i++) if (xs[i] == xs[i - 1]) return true;
              return false;
            }"""),
        catalog("duplicate-inner-bound-short", "hasDuplicate", """
            public static boolean hasDuplicate(int[] xs) {
              for (int i = 0; i < xs.length; i++)
                for (int j = i + 1; j < xs.length - 1; j++)
                  if (xs[i] == xs[j]) return true;
              return false;
            }"""),
        catalog("duplicate-adjacent-only", "hasDuplicate", """
            public static boolean hasDuplicate(int[] xs) {
              for (int i = 1; i < xs.length; i++) if (xs[i] == xs[i - 1]) return true;
              return false;
            }"""),
        catalog("email-contains-at-and-suffix", "countValidEmails", """
            public static int countValidEmails(List<String> xs) {
              int n = 0;
              for (String s : xs) if (s.contains("@") && s.endsWith(".com")) n++;
              return n;
            }"""),
        catalog("email-unanchored-find", "countValidEmails", """
            public static int countValidEmails(List<String> xs) {
              int n = 0;
              for (String s : xs) if (EMAIL.matcher(s).find()) n++;
              return n;
            }""", "private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(\"[a-z]+@[a-z]+\\\\.com\");",
            null),
        catalog("email-case-insensitive", "countValidEmails", """
            public static int countValidEmails(List<String> xs) {
              int n = 0;
              for (String s : xs) if (EMAIL.matcher(s).matches()) n++;
              return n;
            }""", "private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(\"[a-z]+@[a-z]+\\\\.com\", java.util.regex.Pattern.CASE_INSENSITIVE);",
            null),
        catalog("counts-hashmap-order", "wordCounts", """
            public static Map<String, Integer> wordCounts(List<String> words) {
              Map<String, Integer> counts = new java.util.HashMap<>();
              for (String w : words) counts.merge(w, 1, Integer::sum);
              return counts;
            }"""),
        catalog("counts-treemap", "wordCounts", """
            public static Map<String, Integer> wordCounts(List<String> words) {
              Map<String, Integer> counts = new java.util.TreeMap<>();
              for (String w : words) counts.merge(w, 1, Integer::sum);
              return counts;
            }"""),
        catalog("counts-lowercased", "wordCounts", """
            public static Map<String, Integer> wordCounts(List<String> words) {
              Map<String, Integer> counts = new LinkedHashMap<>();
              for (String w : words) counts.merge(w == null ? null : w.toLowerCase(), 1, Integer::sum);
              return counts;
            }"""),
        catalog("pairs-long-arithmetic", "countPairsWithSum", """
            public static long countPairsWithSum(int[] xs, int target) {
              Map<Long, Integer> seen = new java.util.HashMap<>();
              long pairs = 0;
              for (int x : xs) {
                pairs += seen.getOrDefault((long) target - x, 0);
                seen.merge((long) x, 1, Integer::sum);
              }
              return pairs;
            }"""),
        catalog("pairs-include-self", "countPairsWithSum", """
            public static long countPairsWithSum(int[] xs, int target) {
              long pairs = 0;
              for (int i = 0; i < xs.length; i++)
                for (int j = i; j < xs.length; j++)
                  if (xs[i] + xs[j] == target) pairs++;
              return pairs;
            }"""),
        catalog("pairs-distinct-values-only", "countPairsWithSum", """
            public static long countPairsWithSum(int[] xs, int target) {
              java.util.Set<Integer> seen = new java.util.HashSet<>();
              long pairs = 0;
              for (int x : xs) {
                if (seen.contains(target - x)) pairs++;
                seen.add(x);
              }
              return pairs;
            }"""),
        catalog("max-empty-is-zero", "maxOf", """
            public static int maxOf(List<Integer> xs) {
              int best = xs.isEmpty() ? 0 : xs.get(0);
              for (int x : xs) best = Math.max(best, x);
              return best;
            }"""),
        catalog("max-index-exception", "maxOf", """
            public static int maxOf(List<Integer> xs) {
              int best = xs.get(0);
              for (int x : xs) best = Math.max(best, x);
              return best;
            }"""),
        catalog("max-starts-at-zero", "maxOf", """
            public static int maxOf(List<Integer> xs) {
              if (xs.isEmpty()) throw new NoSuchElementException("empty");
              int best = 0;
              for (int x : xs) best = Math.max(best, x);
              return best;
            }"""),
        catalog("repeat-boundary-off-by-one", "repeat", """
            public static String repeat(String s, int n) {
              if (n < 0 || n >= 2000) throw new IllegalArgumentException("n=" + n);
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < n; i++) sb.append(s);
              return sb.toString();
            }"""),
        catalog("repeat-negative-is-empty", "repeat", """
            public static String repeat(String s, int n) {
              if (n > 2000) throw new IllegalArgumentException("n=" + n);
              StringBuilder sb = new StringBuilder();
              for (int i = 0; i < n; i++) sb.append(s);
              return sb.toString();
            }"""),
        catalog("repeat-string-repeat-null", "repeat", """
            public static String repeat(String s, int n) {
              if (n < 0 || n > 2000) throw new IllegalArgumentException("n=" + n);
              return s.repeat(n);
            }"""),
        catalog("spaces-double-space-only", "normalizeSpaces", """
            public static String normalizeSpaces(String s) {
              return s.trim().replace("  ", " ");
            }"""),
        catalog("spaces-no-trim", "normalizeSpaces", """
            public static String normalizeSpaces(String s) {
              return SPACES.matcher(s).replaceAll(" ");
            }""", "private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(\"\\\\s+\");",
            null),
        catalog("spaces-split-on-blank-only", "normalizeSpaces", """
            public static String normalizeSpaces(String s) {
              StringBuilder sb = new StringBuilder();
              for (String part : s.split(" ")) {
                if (part.isEmpty()) continue;
                if (sb.length() > 0) sb.append(' ');
                sb.append(part);
              }
              return sb.toString();
            }"""));
  }
}
