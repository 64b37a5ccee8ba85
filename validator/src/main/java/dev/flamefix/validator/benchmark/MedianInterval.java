package dev.flamefix.validator.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.util.Statistics;

/**
 * The median of a benchmark's iteration scores and a distribution-free confidence interval for
 * it: the order statistics {@code x(k)} and {@code x(n+1-k)} with the largest {@code k} whose
 * binomial coverage {@code 1 - 2 P(Bin(n, 1/2) < k)} is at least the confidence asked for.
 *
 * <p>Why not JMH's mean and Student-t interval: on a shared machine one iteration in twenty can
 * take ten times as long (a descheduled GC thread, a stalled fork), and that single spike widens
 * the mean's interval until a rewrite that is 80 times faster "overlaps" the original. The median
 * and its order-statistic interval ignore up to {@code k - 1} such spikes on either side and
 * assume nothing about the shape of the distribution. With fewer iterations than the confidence
 * allows ({@code k} would be 0) the interval is the whole range, which is the conservative end.
 *
 * @param median the sample median
 * @param low lower end of the interval
 * @param high upper end of the interval
 * @param n number of iterations
 */
public record MedianInterval(double median, double low, double high, int n) {

  /** The interval at {@code confidence} (e.g. 0.999) over {@code values}. */
  public static MedianInterval of(double[] values, double confidence) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] x = values.clone();
    Arrays.sort(x);
    int n = x.length;
    double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    int k = Math.max(1, rank(n, confidence));
    return new MedianInterval(median, x[k - 1], x[n - k], n);
  }

  /** The interval at {@code confidence} over the raw iteration values JMH kept. */
  public static MedianInterval of(Statistics statistics, double confidence) {
    List<Double> values = new ArrayList<>();
    for (Iterator<Map.Entry<Double, Long>> it = statistics.getRawData(); it.hasNext(); ) {
      Map.Entry<Double, Long> e = it.next();
      for (long i = 0; i < e.getValue(); i++) {
        values.add(e.getKey());
      }
    }
    return of(values.stream().mapToDouble(Double::doubleValue).toArray(), confidence);
  }

  /** The larger of the two distances from the median to the ends of the interval. */
  public double halfWidth() {
    return Math.max(median - low, high - median);
  }

  /** The largest rank {@code k >= 0} with {@code 1 - 2 P(Bin(n, 1/2) <= k - 1) >= confidence}. */
  static int rank(int n, double confidence) {
    double tail = 0; // P(Bin(n, 1/2) <= k - 1), accumulated term by term
    double term = Math.pow(0.5, n); // P(Bin(n, 1/2) = j), starting at j = 0
    int k = 0;
    while (k < n / 2) {
      double next = tail + term; // P(B <= k)
      if (1 - 2 * next < confidence) {
        break;
      }
      tail = next;
      k++;
      term = term * (n - (k - 1)) / k;
    }
    return k;
  }
}
