package dev.flamefix.cli;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The command line's own value types, as picocli converters (picocli reports their errors as usage errors). */
final class Converters {
  private Converters() {}

  /** {@code 250ms}, {@code 30s}, {@code 15m}, or plain seconds. */
  static final class ShortDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      try {
        if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(t));
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + text + "' is not a duration like 250ms, 30s or 15m");
      }
    }
  }

  /** JMH settings: {@code default}, {@code quick}, or {@code forks,warmupIterations,warmupMs,iterations,iterationMs}. */
  static final class Benchmark implements ITypeConverter<BenchmarkSettings> {
    @Override
    public BenchmarkSettings convert(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      if (t.equals("default")) return BenchmarkSettings.defaults();
      if (t.equals("quick")) return BenchmarkSettings.quick();
      String[] p = t.split(",");
      if (p.length != 5) {
        throw new TypeConversionException("expected default, quick or 5 numbers, was '" + text + "'");
      }
      try {
        return new BenchmarkSettings(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
            Integer.parseInt(p[2].trim()), Integer.parseInt(p[3].trim()), Integer.parseInt(p[4].trim()),
            BenchmarkSettings.defaults().inputSize());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("not a number in '" + text + "'");
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
