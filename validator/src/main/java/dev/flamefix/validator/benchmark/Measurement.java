package dev.flamefix.validator.benchmark;

/**
 * One JMH result.
 *
 * @param benchmark the JMH benchmark name
 * @param score mean time per operation
 * @param error half-width of the 99.9% confidence interval, as JMH reports it
 * @param low lower end of the confidence interval
 * @param high upper end of the confidence interval
 * @param unit unit of score, e.g. {@code us/op}
 * @param samples measured iterations the statistics are over
 */
public record Measurement(String benchmark, double score, double error, double low, double high,
    String unit, long samples) {}
