package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Employee;
import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Seeds for {@code stream-boxing}: Stream&lt;Integer&gt;/&lt;Long&gt;/&lt;Double&gt; where a primitive stream fits. */
final class StreamBoxingSeeds {
  private static final String CAT = SeedCategories.STREAM_BOXING;

  private StreamBoxingSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new BoxedReduceSum(), new SummingIntCollector(), new StreamIterateRange(), new MapReduceQuantity(),
        new BoxedMaxComparator(), new CollectThenUnbox(), new BoxedRangeFilterCount(), new SortedBoxedMedian(),
        new AveragingCollector(), new BoxedDistinctCount());
  }

  static final class BoxedReduceSum extends SeedCase<int[]> {
    BoxedReduceSum() {
      super("stream-boxed-reduce-sum", CAT,
          "1. Sums with IntStream.map(...).sum() instead of boxed().map(...).reduce(0, Integer::sum); 2. Each element stays a primitive int instead of becoming an Integer twice.",
          () -> SeedData.ints(20_000, 1000, 201),
          () -> List.of(new int[0], new int[] {3}, new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}),
          Slow::weightedSum, Fast::weightedSum);
    }

    static final class Slow {
      static int weightedSum(int[] scores) {
        return Arrays.stream(scores).boxed().map(s -> s * 3 + 1).reduce(0, Integer::sum);
      }
    }

    static final class Fast {
      static int weightedSum(int[] scores) {
        return Arrays.stream(scores).map(s -> s * 3 + 1).sum();
      }
    }
  }

  static final class SummingIntCollector extends SeedCase<List<Order>> {
    SummingIntCollector() {
      super("stream-summingint-collector", CAT,
          "1. Replaces map(Order::quantity).collect(Collectors.summingInt(q -> q)) with mapToInt(Order::quantity).sum(); 2. The quantities are no longer boxed to Integer and unboxed again by the collector.",
          () -> SeedData.orders(10_000, 100, 100, 202),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          Slow::units, Fast::units);
    }

    static final class Slow {
      static int units(List<Order> orders) {
        return orders.stream().map(Order::quantity).collect(Collectors.summingInt(q -> q));
      }
    }

    static final class Fast {
      static int units(List<Order> orders) {
        return orders.stream().mapToInt(Order::quantity).sum();
      }
    }
  }

  static final class StreamIterateRange extends SeedCase<Integer> {
    StreamIterateRange() {
      super("stream-iterate-boxed-range", CAT,
          "1. Generates indices with IntStream.range instead of Stream.iterate(0, i -> i + 1).limit(n), which boxes every index; 2. The range is also sized and splittable, so the pipeline does less bookkeeping.",
          () -> 20_000,
          () -> List.of(0, 1, 7),
          Slow::sumOfSquaresMod, Fast::sumOfSquaresMod);
    }

    static final class Slow {
      static long sumOfSquaresMod(int n) {
        return Stream.iterate(0, i -> i + 1).limit(n).mapToLong(i -> (long) i * i % 1_000_003).sum();
      }
    }

    static final class Fast {
      static long sumOfSquaresMod(int n) {
        return IntStream.range(0, n).mapToLong(i -> (long) i * i % 1_000_003).sum();
      }
    }
  }

  static final class MapReduceQuantity extends SeedCase<List<Order>> {
    MapReduceQuantity() {
      super("stream-map-reduce-long-revenue", CAT,
          "1. Computes revenue with mapToLong(...).sum() instead of map(...) to Long and reduce(0L, Long::sum); 2. Removes a Long allocation per order and per partial sum.",
          () -> SeedData.orders(10_000, 100, 100, 203),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 1)),
          Slow::revenue, Fast::revenue);
    }

    static final class Slow {
      static long revenue(List<Order> orders) {
        return orders.stream()
            .filter(o -> !o.status().equals("CANCELLED"))
            .map(o -> o.quantity() * o.unitCents())
            .reduce(0L, Long::sum);
      }
    }

    static final class Fast {
      static long revenue(List<Order> orders) {
        return orders.stream()
            .filter(o -> !o.status().equals("CANCELLED"))
            .mapToLong(o -> o.quantity() * o.unitCents())
            .sum();
      }
    }
  }

  static final class BoxedMaxComparator extends SeedCase<List<Employee>> {
    BoxedMaxComparator() {
      super("stream-boxed-max-comparator", CAT,
          "1. Finds the top salary with mapToLong(...).max() instead of map(...).max(Comparator.naturalOrder()); 2. Comparisons run on primitives instead of unboxing two Longs through a Comparator each time.",
          () -> SeedData.employees(10_000, 30, 204),
          () -> List.of(List.of(), SeedData.employees(1, 1, 1)),
          Slow::topSalary, Fast::topSalary);
    }

    static final class Slow {
      static long topSalary(List<Employee> staff) {
        return staff.stream().map(Employee::salaryCents).max(Comparator.naturalOrder()).orElse(0L);
      }
    }

    static final class Fast {
      static long topSalary(List<Employee> staff) {
        return staff.stream().mapToLong(Employee::salaryCents).max().orElse(0L);
      }
    }
  }

  static final class CollectThenUnbox extends SeedCase<List<Reading>> {
    CollectThenUnbox() {
      super("stream-collect-list-then-toarray", CAT,
          "1. Produces the double[] directly with mapToDouble(...).toArray() instead of collecting a List<Double> and unboxing it in a second loop; 2. Skips a boxed intermediate list entirely.",
          () -> SeedData.readings(10_000, 5, 205),
          () -> List.of(List.of(), SeedData.readings(1, 1, 1)),
          Slow::celsius, Fast::celsius);
    }

    static final class Slow {
      static double[] celsius(List<Reading> fahrenheit) {
        List<Double> converted = fahrenheit.stream().map(r -> (r.value() - 32) * 5 / 9).collect(Collectors.toList());
        double[] out = new double[converted.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = converted.get(i);
        }
        return out;
      }
    }

    static final class Fast {
      static double[] celsius(List<Reading> fahrenheit) {
        return fahrenheit.stream().mapToDouble(r -> (r.value() - 32) * 5 / 9).toArray();
      }
    }
  }

  static final class BoxedRangeFilterCount extends SeedCase<Integer> {
    BoxedRangeFilterCount() {
      super("stream-boxed-range-filter-count", CAT,
          "1. Filters the IntStream directly instead of calling boxed() before filter and count; 2. Candidates are tested on int values without allocating an Integer per candidate.",
          () -> 30_000,
          () -> List.of(0, 2, 3, 10),
          Slow::countCandidatesBelow, Fast::countCandidatesBelow);
    }


    static final class Slow {
      static long countCandidatesBelow(int limit) {
        return IntStream.range(0, limit).boxed().filter(n -> n % 2 == 1 || n == 2).filter(n -> n % 3 != 0 || n == 3).count();
      }
    }

    static final class Fast {
      static long countCandidatesBelow(int limit) {
        return IntStream.range(0, limit).filter(n -> n % 2 == 1 || n == 2).filter(n -> n % 3 != 0 || n == 3).count();
      }
    }
  }

  static final class SortedBoxedMedian extends SeedCase<List<Reading>> {
    SortedBoxedMedian() {
      super("stream-sorted-boxed-median", CAT,
          "1. Sorts the readings as a primitive DoubleStream and takes the middle of the double[] instead of sorting a Stream<Double> into a List; 2. Primitive sorting avoids boxing and comparator calls and touches contiguous memory.",
          () -> SeedData.readings(5000, 3, 206),
          () -> List.of(List.of(), SeedData.readings(1, 1, 1), SeedData.readings(2, 1, 2)),
          Slow::median, Fast::median);
    }

    static final class Slow {
      static double median(List<Reading> readings) {
        List<Double> sorted = readings.stream().map(Reading::value).sorted().collect(Collectors.toList());
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
      }
    }

    static final class Fast {
      static double median(List<Reading> readings) {
        double[] sorted = readings.stream().mapToDouble(Reading::value).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
      }
    }
  }

  static final class AveragingCollector extends SeedCase<List<Employee>> {
    AveragingCollector() {
      super("stream-three-boxed-pipelines-stats", CAT,
          "1. Uses mapToLong(...).summaryStatistics() for count, sum and max in one primitive pass instead of three boxed pipelines with reduce and Comparator; 2. The salaries are read once and never boxed.",
          () -> SeedData.employees(6000, 10, 207),
          () -> List.of(List.of(), SeedData.employees(1, 1, 1)),
          Slow::summary, Fast::summary);
    }

    static final class Slow {
      static String summary(List<Employee> staff) {
        long count = staff.stream().map(Employee::salaryCents).count();
        Long sum = staff.stream().map(Employee::salaryCents).reduce(0L, Long::sum);
        Long max = staff.stream().map(Employee::salaryCents).max(Comparator.naturalOrder()).orElse(0L);
        return count + "/" + sum + "/" + max;
      }
    }

    static final class Fast {
      static String summary(List<Employee> staff) {
        java.util.LongSummaryStatistics s = staff.stream().mapToLong(Employee::salaryCents).summaryStatistics();
        return s.getCount() + "/" + s.getSum() + "/" + (s.getCount() == 0 ? 0L : s.getMax());
      }
    }
  }

  static final class BoxedDistinctCount extends SeedCase<int[]> {
    BoxedDistinctCount() {
      super("stream-boxed-max-optional", CAT,
          "1. Takes the maximum of the even values with IntStream.filter(...).max() instead of boxed().filter(...).max(Integer::compare); 2. Avoids boxing and an Optional<Integer> for a primitive OptionalInt.",
          () -> SeedData.ints(20_000, 1_000_000, 208),
          () -> List.of(new int[0], new int[] {3}, new int[] {-4, -2}),
          Slow::maxEven, Fast::maxEven);
    }

    static final class Slow {
      static int maxEven(int[] values) {
        return Arrays.stream(values).boxed().filter(v -> v % 2 == 0).max(Integer::compare).orElse(-1);
      }
    }

    static final class Fast {
      static int maxEven(int[] values) {
        OptionalInt max = Arrays.stream(values).filter(v -> v % 2 == 0).max();
        return max.isPresent() ? max.getAsInt() : -1;
      }
    }
  }
}
