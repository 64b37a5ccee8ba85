package dev.flamefix.pipeline.seed;

import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.validator.ProgressListener;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.Measurement;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.compile.ClassRenamer;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.InMemoryCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures seed cases with the validator: each case's {@code Slow} is the original and its
 * {@code Fast} the candidate, so a case is compiled, checked for equal behaviour on the
 * validator's generated inputs, and benchmarked by the validator's JMH stage exactly as a user's
 * candidate would be. The rate is the original's score over the candidate's.
 *
 * <p>The cases' domain types ({@code SeedDomain.java}) are compiled once and given to the
 * validator as the project class path.
 */
public final class SeedMeasurer {

  private final Validator validator;

  /** A measurer validating with {@code options} (their benchmark settings and time metric). */
  public SeedMeasurer(ValidationOptions options) {
    this.validator = new Validator(options);
  }

  /** The options in force. */
  public ValidationOptions options() {
    return validator.options();
  }

  /**
   * Measures {@code cases} of the corpus under {@code corpusRoot}, {@code batch} cases per
   * validator run (one differential child and one JMH run each).
   */
  public List<SeedMeasurement> measure(Path corpusRoot, List<SeedCase> cases, int batch,
      ProgressListener listener) {
    Path domain = compileDomain(corpusRoot);
    List<SeedMeasurement> out = new ArrayList<>();
    List<SeedCase> pending = new ArrayList<>();
    for (SeedCase c : cases) {
      if (c.metadata().method() == null) {
        out.add(SeedMeasurement.failed(c.id(), c.metadata().rate(), c.metadata().rateError(),
            "no single method to benchmark (the case builds up state over several calls)"));
      } else {
        pending.add(c);
      }
    }
    for (int from = 0; from < pending.size(); from += batch) {
      List<SeedCase> group = pending.subList(from, Math.min(pending.size(), from + batch));
      List<ValidationRequest> requests = group.stream().map(c -> request(c, domain)).toList();
      List<Verdict> verdicts = validator.validateAll(requests, listener);
      for (int i = 0; i < group.size(); i++) {
        out.add(outcome(group.get(i), verdicts.get(i)));
      }
    }
    return out;
  }

  /** The validation request of one case: both versions renamed to one class per case. */
  static ValidationRequest request(SeedCase c, Path domainClasses) {
    String className = className(c.id());
    String slow = ClassRenamer.rename(c.slowSource(), SeedCase.SLOW_CLASS, className);
    String fast = ClassRenamer.rename(c.fastSource(), SeedCase.FAST_CLASS, className);
    return ValidationRequest.of(c.id(), className, slow, fast, List.of(c.metadata().method()),
        List.of(domainClasses));
  }

  /** {@code concat-csv-row} becomes {@code SeedConcatCsvRow}. */
  static String className(String id) {
    StringBuilder name = new StringBuilder("Seed");
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }

  private SeedMeasurement outcome(SeedCase c, Verdict v) {
    double storedRate = c.metadata().rate();
    double storedError = c.metadata().rateError();
    if (v.benchmark() == null || v.benchmark().methods().isEmpty()) {
      return SeedMeasurement.failed(c.id(), storedRate, storedError, v.reason());
    }
    PairResult pair = v.benchmark().methods().get(0);
    if (pair.error() != null) {
      return SeedMeasurement.failed(c.id(), storedRate, storedError, pair.error());
    }
    Measurement slow = pair.original();
    Measurement fast = pair.candidate();
    var metric = validator.options().timeMetric();
    double rate = slow.score(metric) / fast.score(metric);
    double error = SeedMeasurement.rateError(slow.score(metric), slow.error(metric),
        fast.score(metric), fast.error(metric));
    return new SeedMeasurement(c.id(), storedRate, storedError, round3(rate), round3(error), null);
  }

  private Path compileDomain(Path corpusRoot) {
    try {
      Files.createDirectories(validator.options().workDir());
      Path classes = Files.createTempDirectory(validator.options().workDir(), "flamefix-seed-domain-");
      String source = SeedCorpus.domainSource(corpusRoot);
      String name = ClassRenamer.packageOf(source) + ".SeedDomain";
      List<CompileError> errors = InMemoryCompiler.compile(Map.of(name, source), List.of(), classes);
      if (!errors.isEmpty()) {
        throw new IllegalStateException(SeedCorpus.DOMAIN + " does not compile: " + errors);
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  /** The JMH settings of the options, as the corpus records them. */
  String settingsText() {
    var b = validator.options().benchmark();
    return String.format(Locale.ROOT,
        "mode avgt, %d fork, %d x %d ms warm-up, %d x %d ms measurement, %s time, heap %d MB;"
            + " rateError from JMH 99.9%% half-widths", b.forks(), b.warmupIterations(),
        b.warmupMillis(), b.measurementIterations(), b.measurementMillis(),
        validator.options().timeMetric().name().toLowerCase(Locale.ROOT),
        validator.options().heapMegabytes());
  }
}
