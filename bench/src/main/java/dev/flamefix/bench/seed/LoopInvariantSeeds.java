package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Point;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Seeds for {@code loop-invariant}: work whose result does not change across iterations, redone each time. */
final class LoopInvariantSeeds {
  private static final String CAT = SeedCategories.LOOP_INVARIANT;

  private LoopInvariantSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new KeywordLowerCase(), new NormalizeByMax(), new ShareOfTotal(), new VectorNorm(), new GeoCosLatitude(),
        new TaxRateBigDecimal(), new PropertyParsePerItem(), new AboveAverage(), new RomanTablePerNumeral(),
        new ParseStartDatePerRow());
  }

  record LinesAndKeyword(List<LogLine> lines, String keyword) {}

  static final class KeywordLowerCase extends SeedCase<LinesAndKeyword> {
    KeywordLowerCase() {
      super("invariant-keyword-tolowercase", CAT,
          "1. Lower-cases the search keyword once before the loop instead of on every log line; 2. Saves a string allocation and copy per line.",
          () -> new LinesAndKeyword(SeedData.logLines(3000, 261), "TOOK 4"),
          () -> List.of(new LinesAndKeyword(List.of(), "x"), new LinesAndKeyword(SeedData.logLines(1, 1), "")),
          in -> Slow.matching(in.lines(), in.keyword()),
          in -> Fast.matching(in.lines(), in.keyword()));
    }

    static final class Slow {
      static int matching(List<LogLine> lines, String keyword) {
        int hits = 0;
        for (LogLine l : lines) {
          if (l.message().contains(keyword.toLowerCase().trim())) {
            hits++;
          }
        }
        return hits;
      }
    }

    static final class Fast {
      static int matching(List<LogLine> lines, String keyword) {
        String needle = keyword.toLowerCase().trim();
        int hits = 0;
        for (LogLine l : lines) {
          if (l.message().contains(needle)) {
            hits++;
          }
        }
        return hits;
      }
    }
  }

  static final class NormalizeByMax extends SeedCase<List<Double>> {
    NormalizeByMax() {
      super("invariant-collections-max-in-loop", CAT,
          "1. Computes Collections.max of the scores once before the normalisation loop instead of for every element; 2. The loop drops from O(n^2) to O(n).",
          () -> {
            List<Double> l = new ArrayList<>();
            for (double d : SeedData.doubles(1500, 262)) {
              l.add(Math.abs(d) + 1);
            }
            return l;
          },
          () -> List.of(List.of(), List.of(2.0), List.of(1.0, 4.0)),
          Slow::normalized, Fast::normalized);
    }

    static final class Slow {
      static double[] normalized(List<Double> scores) {
        double[] out = new double[scores.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = scores.get(i) / java.util.Collections.max(scores);
        }
        return out;
      }
    }

    static final class Fast {
      static double[] normalized(List<Double> scores) {
        double[] out = new double[scores.size()];
        if (out.length == 0) {
          return out;
        }
        double max = java.util.Collections.max(scores);
        for (int i = 0; i < out.length; i++) {
          out[i] = scores.get(i) / max;
        }
        return out;
      }
    }
  }

  static final class ShareOfTotal extends SeedCase<List<Order>> {
    ShareOfTotal() {
      super("invariant-stream-total-per-item", CAT,
          "1. Sums the order values once outside the loop instead of re-running a stream over all orders to get the total for each order's share; 2. Quadratic work becomes linear.",
          () -> SeedData.orders(1000, 50, 50, 263),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          Slow::sharesPerMille, Fast::sharesPerMille);
    }

    static final class Slow {
      static long[] sharesPerMille(List<Order> orders) {
        long[] shares = new long[orders.size()];
        for (int i = 0; i < shares.length; i++) {
          long total = orders.stream().mapToLong(o -> o.quantity() * o.unitCents()).sum();
          Order o = orders.get(i);
          shares[i] = o.quantity() * o.unitCents() * 1000 / total;
        }
        return shares;
      }
    }

    static final class Fast {
      static long[] sharesPerMille(List<Order> orders) {
        long total = orders.stream().mapToLong(o -> o.quantity() * o.unitCents()).sum();
        long[] shares = new long[orders.size()];
        for (int i = 0; i < shares.length; i++) {
          Order o = orders.get(i);
          shares[i] = o.quantity() * o.unitCents() * 1000 / total;
        }
        return shares;
      }
    }
  }

  static final class VectorNorm extends SeedCase<double[]> {
    VectorNorm() {
      super("invariant-norm-helper-in-loop", CAT,
          "1. Calls the norm helper once and keeps the result in a local instead of calling it in the loop body for each component; 2. The helper's full pass over the vector now runs once instead of n times.",
          () -> SeedData.doubles(1500, 264),
          () -> List.of(new double[0], new double[] {3}, new double[] {3, 4}),
          Slow::unit, Fast::unit);
    }

    static final class Slow {
      static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
          s += x * x;
        }
        return Math.sqrt(s);
      }

      static double[] unit(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
          out[i] = v[i] / norm(v);
        }
        return out;
      }
    }

    static final class Fast {
      static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
          s += x * x;
        }
        return Math.sqrt(s);
      }

      static double[] unit(double[] v) {
        double n = norm(v);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
          out[i] = v[i] / n;
        }
        return out;
      }
    }
  }

  record Stores(List<Point> stores, Point center) {}

  static final class GeoCosLatitude extends SeedCase<Stores> {
    GeoCosLatitude() {
      super("invariant-cos-toradians-center", CAT,
          "1. Computes Math.cos(Math.toRadians(center latitude)) once before scanning the stores instead of per store; 2. The trigonometric call was the most expensive operation in the loop body.",
          () -> {
            List<Point> p = new ArrayList<>();
            double[] d = SeedData.doubles(8000, 265);
            for (int i = 0; i + 1 < d.length; i += 2) {
              p.add(new Point(48 + d[i] / 10, 11 + d[i + 1] / 10));
            }
            return new Stores(p, new Point(48.1, 11.5));
          },
          () -> List.of(new Stores(List.of(), new Point(0, 0)), new Stores(List.of(new Point(48.1, 11.5)), new Point(48.1, 11.5))),
          in -> Slow.within(in.stores(), in.center()),
          in -> Fast.within(in.stores(), in.center()));
    }

    static final class Slow {
      static int within(List<Point> stores, Point center) {
        int n = 0;
        for (Point p : stores) {
          double dx = (p.y() - center.y()) * Math.cos(Math.toRadians(center.x())) * 111.32;
          double dy = (p.x() - center.x()) * 110.57;
          if (dx * dx + dy * dy < 25.0 * 25.0) {
            n++;
          }
        }
        return n;
      }
    }

    static final class Fast {
      static int within(List<Point> stores, Point center) {
        double kmPerDegreeLon = Math.cos(Math.toRadians(center.x())) * 111.32;
        int n = 0;
        for (Point p : stores) {
          double dx = (p.y() - center.y()) * kmPerDegreeLon;
          double dy = (p.x() - center.x()) * 110.57;
          if (dx * dx + dy * dy < 25.0 * 25.0) {
            n++;
          }
        }
        return n;
      }
    }
  }

  static final class TaxRateBigDecimal extends SeedCase<List<Order>> {
    TaxRateBigDecimal() {
      super("invariant-bigdecimal-rate-per-line", CAT,
          "1. Parses the tax rate into a BigDecimal constant once instead of new BigDecimal(\"1.19\") and a new divisor for every line; 2. Removes string parsing and two allocations per line.",
          () -> SeedData.orders(2000, 50, 50, 266),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          Slow::grossTotal, Fast::grossTotal);
    }

    static final class Slow {
      static BigDecimal grossTotal(List<Order> orders) {
        BigDecimal total = BigDecimal.ZERO;
        for (Order o : orders) {
          BigDecimal net = BigDecimal.valueOf(o.quantity() * o.unitCents()).divide(new BigDecimal("100"));
          total = total.add(net.multiply(new BigDecimal("1.19")).setScale(2, RoundingMode.HALF_UP));
        }
        return total;
      }
    }

    static final class Fast {
      private static final BigDecimal HUNDRED = new BigDecimal("100");
      private static final BigDecimal GROSS_FACTOR = new BigDecimal("1.19");

      static BigDecimal grossTotal(List<Order> orders) {
        BigDecimal total = BigDecimal.ZERO;
        for (Order o : orders) {
          BigDecimal net = BigDecimal.valueOf(o.quantity() * o.unitCents()).divide(HUNDRED);
          total = total.add(net.multiply(GROSS_FACTOR).setScale(2, RoundingMode.HALF_UP));
        }
        return total;
      }
    }
  }

  record ConfiguredReadings(Properties config, List<Reading> readings) {}

  static final class PropertyParsePerItem extends SeedCase<ConfiguredReadings> {
    PropertyParsePerItem() {
      super("invariant-config-parse-per-item", CAT,
          "1. Reads and parses the alert threshold from the Properties once before the loop instead of getProperty plus Double.parseDouble per reading; 2. Removes a synchronized-table lookup and a number parse from every iteration.",
          () -> {
            Properties p = new Properties();
            p.setProperty("alert.threshold", "12.5");
            p.setProperty("alert.sensor.prefix", "S1");
            return new ConfiguredReadings(p, SeedData.readings(4000, 20, 267));
          },
          () -> {
            Properties p = new Properties();
            p.setProperty("alert.threshold", "0");
            p.setProperty("alert.sensor.prefix", "");
            return List.of(new ConfiguredReadings(p, List.of()), new ConfiguredReadings(p, SeedData.readings(2, 1, 1)));
          },
          in -> Slow.alerts(in.config(), in.readings()),
          in -> Fast.alerts(in.config(), in.readings()));
    }

    static final class Slow {
      static int alerts(Properties config, List<Reading> readings) {
        int alerts = 0;
        for (Reading r : readings) {
          if (r.sensorId().startsWith(config.getProperty("alert.sensor.prefix"))
              && r.value() > Double.parseDouble(config.getProperty("alert.threshold"))) {
            alerts++;
          }
        }
        return alerts;
      }
    }

    static final class Fast {
      static int alerts(Properties config, List<Reading> readings) {
        String prefix = config.getProperty("alert.sensor.prefix");
        double threshold = Double.parseDouble(config.getProperty("alert.threshold"));
        int alerts = 0;
        for (Reading r : readings) {
          if (r.sensorId().startsWith(prefix) && r.value() > threshold) {
            alerts++;
          }
        }
        return alerts;
      }
    }
  }

  static final class AboveAverage extends SeedCase<List<Reading>> {
    AboveAverage() {
      super("invariant-average-in-condition", CAT,
          "1. Computes the average reading once into a local instead of calling average(readings) in the filter condition for every reading; 2. Turns an O(n^2) filter into O(n).",
          () -> SeedData.readings(1500, 5, 268),
          () -> List.of(List.of(), SeedData.readings(1, 1, 1), SeedData.readings(3, 1, 2)),
          Slow::aboveAverage, Fast::aboveAverage);
    }

    static final class Slow {
      static double average(List<Reading> readings) {
        double sum = 0;
        for (Reading r : readings) {
          sum += r.value();
        }
        return sum / readings.size();
      }

      static List<String> aboveAverage(List<Reading> readings) {
        List<String> out = new ArrayList<>();
        for (Reading r : readings) {
          if (r.value() > average(readings)) {
            out.add(r.sensorId());
          }
        }
        return out;
      }
    }

    static final class Fast {
      static double average(List<Reading> readings) {
        double sum = 0;
        for (Reading r : readings) {
          sum += r.value();
        }
        return sum / readings.size();
      }

      static List<String> aboveAverage(List<Reading> readings) {
        double avg = average(readings);
        List<String> out = new ArrayList<>();
        for (Reading r : readings) {
          if (r.value() > avg) {
            out.add(r.sensorId());
          }
        }
        return out;
      }
    }
  }

  static final class RomanTablePerNumeral extends SeedCase<List<String>> {
    RomanTablePerNumeral() {
      super("invariant-lookup-table-per-call", CAT,
          "1. Builds the Roman-digit lookup table once as a static constant instead of Map.of(...) inside the per-numeral method; 2. Each numeral no longer allocates and hashes a seven-entry map.",
          () -> {
            String[] samples = {"MCMXCIV", "XLII", "MMXXIV", "CDXLIV", "IX", "DCCCLXXXVIII", "MMMCMXCIX"};
            List<String> out = new ArrayList<>();
            for (int v : SeedData.ints(1500, samples.length, 269)) {
              out.add(samples[v]);
            }
            return out;
          },
          () -> List.of(List.of(), List.of("I"), List.of("")),
          Slow::total, Fast::total);
    }

    static final class Slow {
      static int value(String numeral) {
        Map<Character, Integer> digits = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
          int v = digits.get(numeral.charAt(i));
          boolean subtract = i + 1 < numeral.length() && v < digits.get(numeral.charAt(i + 1));
          total += subtract ? -v : v;
        }
        return total;
      }

      static long total(List<String> numerals) {
        long sum = 0;
        for (String n : numerals) {
          sum += value(n);
        }
        return sum;
      }
    }

    static final class Fast {
      private static final Map<Character, Integer> DIGITS =
          Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);

      static int value(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
          int v = DIGITS.get(numeral.charAt(i));
          boolean subtract = i + 1 < numeral.length() && v < DIGITS.get(numeral.charAt(i + 1));
          total += subtract ? -v : v;
        }
        return total;
      }

      static long total(List<String> numerals) {
        long sum = 0;
        for (String n : numerals) {
          sum += value(n);
        }
        return sum;
      }
    }
  }

  record Season(String startDate, List<LocalDate> bookings) {}

  static final class ParseStartDatePerRow extends SeedCase<Season> {
    ParseStartDatePerRow() {
      super("invariant-parse-constant-date-per-row", CAT,
          "1. Parses the season start date once before the loop instead of LocalDate.parse(startDate) for each booking; 2. Saves a full ISO parse per row.",
          () -> {
            List<LocalDate> b = new ArrayList<>();
            for (int v : SeedData.ints(3000, 365, 270)) {
              b.add(LocalDate.of(2024, 1, 1).plusDays(v));
            }
            return new Season("2024-03-01", b);
          },
          () -> List.of(new Season("2024-01-01", List.of()), new Season("2024-01-01", List.of(LocalDate.of(2023, 12, 31)))),
          in -> Slow.weekHistogram(in.startDate(), in.bookings()),
          in -> Fast.weekHistogram(in.startDate(), in.bookings()));
    }

    static final class Slow {
      static int[] weekHistogram(String startDate, List<LocalDate> bookings) {
        int[] weeks = new int[60];
        for (LocalDate d : bookings) {
          long days = ChronoUnit.DAYS.between(LocalDate.parse(startDate), d);
          if (days >= 0 && days / 7 < weeks.length) {
            weeks[(int) (days / 7)]++;
          }
        }
        return weeks;
      }
    }

    static final class Fast {
      static int[] weekHistogram(String startDate, List<LocalDate> bookings) {
        LocalDate start = LocalDate.parse(startDate);
        int[] weeks = new int[60];
        for (LocalDate d : bookings) {
          long days = ChronoUnit.DAYS.between(start, d);
          if (days >= 0 && days / 7 < weeks.length) {
            weeks[(int) (days / 7)]++;
          }
        }
        return weeks;
      }
    }
  }
}
