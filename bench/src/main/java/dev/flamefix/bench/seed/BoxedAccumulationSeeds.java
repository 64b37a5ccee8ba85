package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.util.ArrayList;
import java.util.List;

/** Seeds for {@code boxed-accumulation}: wrapper types used as accumulators or numeric buffers. */
final class BoxedAccumulationSeeds {
  private static final String CAT = SeedCategories.BOXED;

  private BoxedAccumulationSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new LongTotal(), new DoubleAverage(), new PrefixSumsList(), new BoxedMax(), new IntegerLoopCounter(),
        new DoubleMatrixSum(), new IntegerHistogram(), new HitCounterField(), new LongDurations(),
        new BoxedVariance());
  }

  static final class LongTotal extends SeedCase<List<Order>> {
    LongTotal() {
      super("boxed-long-order-total", CAT,
          "1. Accumulates the order total in a primitive long instead of a Long, so total += x no longer unboxes, adds and allocates a new Long per order; 2. Removes garbage and keeps the sum in a register.",
          () -> SeedData.orders(5000, 100, 100, 81),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 3)),
          Slow::totalCents, Fast::totalCents);
    }

    static final class Slow {
      static Long totalCents(List<Order> orders) {
        Long total = 0L;
        for (Order o : orders) {
          total += o.quantity() * o.unitCents();
        }
        return total;
      }
    }

    static final class Fast {
      static Long totalCents(List<Order> orders) {
        long total = 0L;
        for (Order o : orders) {
          total += o.quantity() * o.unitCents();
        }
        return total;
      }
    }
  }

  static final class DoubleAverage extends SeedCase<List<Reading>> {
    DoubleAverage() {
      super("boxed-double-average", CAT,
          "1. Sums sensor values in a primitive double instead of a Double that is re-boxed on every +=; 2. Avoids one Double allocation per reading.",
          () -> SeedData.readings(5000, 10, 82),
          () -> List.of(List.of(), SeedData.readings(1, 1, 2)),
          Slow::average, Fast::average);
    }

    static final class Slow {
      static double average(List<Reading> readings) {
        Double sum = 0.0;
        Integer count = 0;
        for (Reading r : readings) {
          sum += r.value();
          count++;
        }
        return count == 0 ? 0.0 : sum / count;
      }
    }

    static final class Fast {
      static double average(List<Reading> readings) {
        double sum = 0.0;
        int count = 0;
        for (Reading r : readings) {
          sum += r.value();
          count++;
        }
        return count == 0 ? 0.0 : sum / count;
      }
    }
  }

  static final class PrefixSumsList extends SeedCase<int[]> {
    PrefixSumsList() {
      super("boxed-list-integer-prefix-sums", CAT,
          "1. Stores prefix sums in an int[] instead of a List<Integer> that boxes every element and unboxes on each get; 2. Contiguous primitive storage replaces an array of pointers to Integer objects.",
          () -> SeedData.ints(8000, 1000, 83),
          () -> List.of(new int[0], new int[] {5}, new int[] {Integer.MAX_VALUE, 1}),
          Slow::rangeSums, Fast::rangeSums);
    }

    static final class Slow {
      static long rangeSums(int[] values) {
        List<Integer> prefix = new ArrayList<>();
        prefix.add(0);
        for (int v : values) {
          prefix.add(prefix.get(prefix.size() - 1) + v);
        }
        long checksum = 0;
        for (int i = 0; i + 16 < prefix.size(); i++) {
          checksum += prefix.get(i + 16) - prefix.get(i);
        }
        return checksum;
      }
    }

    static final class Fast {
      static long rangeSums(int[] values) {
        int[] prefix = new int[values.length + 1];
        for (int i = 0; i < values.length; i++) {
          prefix[i + 1] = prefix[i] + values[i];
        }
        long checksum = 0;
        for (int i = 0; i + 16 < prefix.length; i++) {
          checksum += prefix[i + 16] - prefix[i];
        }
        return checksum;
      }
    }
  }

  static final class BoxedMax extends SeedCase<long[]> {
    BoxedMax() {
      super("boxed-long-running-max", CAT,
          "1. Tracks the running maximum latency in a primitive long with a sentinel instead of a nullable Long; 2. Drops a boxing allocation every time the maximum changes and the null checks on each comparison.",
          () -> {
            long[] v = SeedData.longs(20000, 1_000_000L, 84);
            java.util.Arrays.sort(v);
            return v;
          },
          () -> List.of(new long[0], new long[] {Long.MIN_VALUE}, new long[] {3, 1, 2}),
          Slow::maxLatency, Fast::maxLatency);
    }

    static final class Slow {
      static Long maxLatency(long[] latencies) {
        Long max = null;
        for (long l : latencies) {
          if (max == null || l > max) {
            max = l;
          }
        }
        return max;
      }
    }

    static final class Fast {
      static Long maxLatency(long[] latencies) {
        if (latencies.length == 0) {
          return null;
        }
        long max = latencies[0];
        for (int i = 1; i < latencies.length; i++) {
          if (latencies[i] > max) {
            max = latencies[i];
          }
        }
        return max;
      }
    }
  }

  static final class IntegerLoopCounter extends SeedCase<String> {
    IntegerLoopCounter() {
      super("boxed-integer-loop-counter", CAT,
          "1. Declares the loop index and the vowel count as int instead of Integer, so i++ and count++ no longer box a new Integer above the cache range; 2. Turns allocation-heavy increments into register arithmetic.",
          () -> SeedData.text(200, 10, 85),
          () -> List.of("", "a", "xyz"),
          Slow::vowels, Fast::vowels);
    }

    static final class Slow {
      static int vowels(String text) {
        Integer count = 0;
        for (Integer i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            count++;
          }
        }
        return count;
      }
    }

    static final class Fast {
      static int vowels(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            count++;
          }
        }
        return count;
      }
    }
  }

  static final class DoubleMatrixSum extends SeedCase<double[][]> {
    DoubleMatrixSum() {
      super("boxed-double-column-sums", CAT,
          "1. Accumulates column sums in a double[] instead of a Double[] whose cells are re-boxed on every addition; 2. Keeps the inner loop allocation-free and cache-friendly.",
          () -> SeedData.matrix(200, 60, 86),
          () -> List.of(new double[0][0], new double[][] {{1.5}}, new double[][] {{1, 2}, {3, 4}}),
          Slow::columnSums, Fast::columnSums);
    }

    static final class Slow {
      static double[] columnSums(double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        Double[] sums = new Double[cols];
        java.util.Arrays.fill(sums, 0.0);
        for (double[] row : m) {
          for (int j = 0; j < cols; j++) {
            sums[j] += row[j];
          }
        }
        double[] out = new double[cols];
        for (int j = 0; j < cols; j++) {
          out[j] = sums[j];
        }
        return out;
      }
    }

    static final class Fast {
      static double[] columnSums(double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] sums = new double[cols];
        for (double[] row : m) {
          for (int j = 0; j < cols; j++) {
            sums[j] += row[j];
          }
        }
        return sums;
      }
    }
  }

  static final class IntegerHistogram extends SeedCase<List<LogLine>> {
    IntegerHistogram() {
      super("boxed-integer-array-histogram", CAT,
          "1. Counts latency buckets in an int[] instead of an Integer[] where every ++ unboxes and allocates a new Integer; 2. Converts to the boxed list only once at the end.",
          () -> SeedData.logLines(4000, 87),
          () -> List.of(List.of(), SeedData.logLines(1, 1)),
          Slow::hourHistogram, Fast::hourHistogram);
    }

    static final class Slow {
      static List<Integer> hourHistogram(List<LogLine> lines) {
        Integer[] buckets = new Integer[24];
        java.util.Arrays.fill(buckets, 0);
        for (LogLine l : lines) {
          buckets[(int) ((l.timestamp() / 3_600_000L) % 24)]++;
        }
        return java.util.Arrays.asList(buckets);
      }
    }

    static final class Fast {
      static List<Integer> hourHistogram(List<LogLine> lines) {
        int[] buckets = new int[24];
        for (LogLine l : lines) {
          buckets[(int) ((l.timestamp() / 3_600_000L) % 24)]++;
        }
        List<Integer> out = new ArrayList<>(24);
        for (int b : buckets) {
          out.add(b);
        }
        return out;
      }
    }
  }

  static final class HitCounterField extends SeedCase<List<String>> {
    HitCounterField() {
      super("boxed-long-counter-field", CAT,
          "1. Holds the hit and byte counters of the metrics object in long fields instead of Long fields; 2. Each record() call stops allocating two Long objects.",
          () -> SeedData.words(6000, 88),
          () -> List.of(List.of(), List.of("x")),
          paths -> {
            Slow m = new Slow();
            paths.forEach(m::record);
            return m.summary();
          },
          paths -> {
            Fast m = new Fast();
            paths.forEach(m::record);
            return m.summary();
          });
    }

    static final class Slow {
      private Long hits = 0L;
      private Long bytes = 0L;

      void record(String path) {
        hits++;
        bytes += path.length() * 1024L;
      }

      String summary() {
        return hits + " hits, " + bytes + " bytes";
      }
    }

    static final class Fast {
      private long hits;
      private long bytes;

      void record(String path) {
        hits++;
        bytes += path.length() * 1024L;
      }

      String summary() {
        return hits + " hits, " + bytes + " bytes";
      }
    }
  }

  static final class LongDurations extends SeedCase<long[]> {
    LongDurations() {
      super("boxed-list-long-gaps", CAT,
          "1. Computes gaps between consecutive heartbeat timestamps into a long[] instead of a List<Long> and sums them with a primitive accumulator; 2. Avoids boxing each gap (gaps are far outside the Long cache) and unboxing it again in the second pass.",
          () -> {
            long[] t = new long[8000];
            int[] gaps = SeedData.ints(t.length, 5000, 89);
            t[0] = 1_700_000_000_000L;
            for (int i = 1; i < t.length; i++) {
              t[i] = t[i - 1] + 1000 + gaps[i];
            }
            return t;
          },
          () -> List.of(new long[0], new long[] {5}, new long[] {5, 9}),
          Slow::meanGapMillis, Fast::meanGapMillis);
    }

    static final class Slow {
      static long meanGapMillis(long[] heartbeats) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < heartbeats.length; i++) {
          gaps.add(heartbeats[i] - heartbeats[i - 1]);
        }
        Long sum = 0L;
        for (Long g : gaps) {
          sum += g;
        }
        return gaps.isEmpty() ? 0 : sum / gaps.size();
      }
    }

    static final class Fast {
      static long meanGapMillis(long[] heartbeats) {
        int n = Math.max(0, heartbeats.length - 1);
        long[] gaps = new long[n];
        for (int i = 1; i < heartbeats.length; i++) {
          gaps[i - 1] = heartbeats[i] - heartbeats[i - 1];
        }
        long sum = 0L;
        for (long g : gaps) {
          sum += g;
        }
        return n == 0 ? 0 : sum / n;
      }
    }
  }

  static final class BoxedVariance extends SeedCase<double[]> {
    BoxedVariance() {
      super("boxed-double-list-variance", CAT,
          "1. Computes the variance from the primitive double[] directly instead of first copying it into a List<Double>; 2. Both passes read unboxed values, avoiding an allocation and a pointer chase per sample.",
          () -> SeedData.doubles(6000, 90),
          () -> List.of(new double[0], new double[] {2.5}, new double[] {1, 3}),
          Slow::variance, Fast::variance);
    }

    static final class Slow {
      static double variance(double[] samples) {
        List<Double> values = new ArrayList<>();
        for (double s : samples) {
          values.add(s);
        }
        if (values.isEmpty()) {
          return 0.0;
        }
        Double sum = 0.0;
        for (Double v : values) {
          sum += v;
        }
        double mean = sum / values.size();
        Double squares = 0.0;
        for (Double v : values) {
          squares += (v - mean) * (v - mean);
        }
        return squares / values.size();
      }
    }

    static final class Fast {
      static double variance(double[] samples) {
        if (samples.length == 0) {
          return 0.0;
        }
        double sum = 0.0;
        for (double v : samples) {
          sum += v;
        }
        double mean = sum / samples.length;
        double squares = 0.0;
        for (double v : samples) {
          squares += (v - mean) * (v - mean);
        }
        return squares / samples.length;
      }
    }
  }
}
