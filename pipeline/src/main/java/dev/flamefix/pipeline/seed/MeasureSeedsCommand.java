package dev.flamefix.pipeline.seed;

import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.kb.seed.SeedMetadata;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.TimeMetric;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Re-measures the knowledge base's seed corpus with the validator's JMH stage and, with {@code
 * --write}, writes the new rates into the cases' {@code case.json}. Without {@code --write} it
 * only prints stored against measured rates, so a noisy run never replaces the corpus by
 * accident.
 *
 * <pre>
 * java -cp "$(cat pipeline/target/classpath.txt):pipeline/target/classes" \
 *     dev.flamefix.pipeline.seed.MeasureSeedsCommand --only concat-csv-row,regex-split-per-line
 * </pre>
 */
@Command(name = "measure-seeds", mixinStandardHelpOptions = true,
    description = "Measure the seed corpus's slow/fast pairs with the validator (compile,"
        + " differential check, JMH) and optionally write the rates back.")
public final class MeasureSeedsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus root in the source tree (default: ${DEFAULT-VALUE}).")
  Path corpus = SeedCorpus.SOURCE_ROOT;

  @Option(names = "--only", split = ",", paramLabel = "ID",
      description = "Measure only these case ids (comma-separated).")
  List<String> only = new ArrayList<>();

  @Option(names = "--category", split = ",", paramLabel = "CATEGORY",
      description = "Measure only cases of these categories.")
  List<String> categories = new ArrayList<>();

  @Option(names = "--write",
      description = "Write measured rates of at least --min-rate into case.json.")
  boolean write;

  @Option(names = "--min-rate", defaultValue = "1.1",
      description = "Lowest rate written back (default: ${DEFAULT-VALUE}).")
  double minRate;

  @Option(names = "--batch", defaultValue = "8",
      description = "Cases per validator run (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--input-size", defaultValue = "300",
      description = "Elements per generated collection or array (default: ${DEFAULT-VALUE}).")
  int inputSize;

  @Option(names = "--forks", defaultValue = "1", description = "JMH forks (default: ${DEFAULT-VALUE}).")
  int forks;

  @Option(names = "--warmup", defaultValue = "6",
      description = "JMH warm-up iterations (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--iterations", defaultValue = "15",
      description = "JMH measurement iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--iteration-ms", defaultValue = "150",
      description = "Length of each iteration in ms (default: ${DEFAULT-VALUE}).")
  int iterationMillis;

  @Option(names = "--time-metric", defaultValue = "WALL",
      description = "WALL or CPU (default: ${DEFAULT-VALUE}; the stored rates are wall time).")
  TimeMetric metric;

  @Option(names = "--seed", defaultValue = "20261121",
      description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}, the validator's).")
  long seed;

  @Option(names = "--calls", defaultValue = "100",
      description = "Differential-test calls per case (default: ${DEFAULT-VALUE}; each may take up"
          + " to the validator's 5 s call timeout when a generated input is large).")
  int calls;

  /** Runs the command; exit code 0 when every selected case was measured. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new MeasureSeedsCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<SeedCase> all = SeedCorpus.fromDirectory(corpus);
    if (all.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no seed corpus under " + corpus);
    }
    List<SeedCase> selected = select(all);
    ValidationOptions options = ValidationOptions.builder()
        .benchmark(new BenchmarkSettings(forks, warmup, iterationMillis, iterations,
            iterationMillis, inputSize))
        .timeMetric(metric)
        .seed(seed)
        .callsPerMethod(calls)
        .build();
    SeedMeasurer measurer = new SeedMeasurer(options);
    double loadBefore = loadAverage();
    out.printf("measuring %d of %d seed cases with the validator (%s)%n", selected.size(),
        all.size(), measurer.settingsText());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    // A full run takes many minutes: say where each batch is (compile, differential, JMH).
    List<SeedMeasurement> results = measurer.measure(corpus, selected, batch, e -> {
      err.println("[" + e.stage().name().toLowerCase(Locale.ROOT) + "] " + e.status() + ": " + e.message());
      err.flush();
    });
    SeedMetadata.Measured how = new SeedMetadata.Measured(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
            + Runtime.getRuntime().availableProcessors() + " cores, " + loadText(loadBefore, loadAverage()),
        "flamefix validator (compile, differential check, JMH stage); validator-generated inputs, "
            + inputSize + " elements per collection, seed " + seed,
        measurer.settingsText(),
        "java dev.flamefix.pipeline.seed.MeasureSeedsCommand "
            + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    int failed = 0;
    for (SeedMeasurement r : results) {
      out.println(r.describe());
      if (!r.measured()) {
        failed++;
      } else if (write && r.rate() >= minRate) {
        SeedCase c = selected.stream().filter(s -> s.id().equals(r.id())).findFirst().orElseThrow();
        SeedCorpus.writeMetadata(corpus, c.path(), c.metadata().withRate(r.rate(), r.error(), how));
      } else if (write) {
        out.printf("  not written: %.2f is under --min-rate %.2f%n", r.rate(), minRate);
      }
    }
    out.printf("%d measured, %d not measured%s%n", results.size() - failed, failed,
        write ? "; rates written to " + corpus : "; nothing written (use --write)");
    return failed == 0 ? 0 : 1;
  }

  /** The one-minute load average, or a negative number where the platform has none. */
  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /**
   * The machine's load around the run, stored with the rates: on a shared machine the load moves
   * rates by tens of percent, so a reader must see how busy it was.
   */
  static String loadText(double before, double after) {
    if (before < 0 || after < 0) {
      return "load average not available";
    }
    return String.format(Locale.ROOT, "shared machine, 1-min load average %.1f at start, %.1f at end", before, after);
  }

  private List<SeedCase> select(List<SeedCase> all) {
    Set<String> known = new LinkedHashSet<>();
    all.forEach(c -> known.add(c.id()));
    for (String id : only) {
      if (!known.contains(id)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no seed case " + id);
      }
    }
    return all.stream()
        .filter(c -> only.isEmpty() || only.contains(c.id()))
        .filter(c -> categories.isEmpty() || categories.contains(c.metadata().category()))
        .toList();
  }
}
