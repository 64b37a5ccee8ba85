package dev.flamefix.pipeline.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flamefix.kb.seed.SeedCase;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.ValidationRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MeasureSeedsCommandTest {
  /** The corpus in the source tree, seen from this module's directory. */
  private static final Path CORPUS = Path.of("..").resolve(SeedCorpus.SOURCE_ROOT);

  @Test
  void rateErrorAddsTheRelativeErrorsInQuadratureAndTreatsNaNAsZero() {
    assertThat(SeedMeasurement.rateError(100, 3, 20, 0.8))
        .isCloseTo(5.0 * Math.sqrt(0.03 * 0.03 + 0.04 * 0.04), within(1e-12));
    assertThat(SeedMeasurement.rateError(10, Double.NaN, 2, 0.1)).isCloseTo(5.0 * 0.05, within(1e-12));
  }

  @Test
  void eachCaseBecomesOneClassWhoseOriginalIsSlowAndCandidateIsFast(@TempDir Path domain) {
    SeedCase c = SeedCorpus.fromDirectory(CORPUS).get(0);

    ValidationRequest r = SeedMeasurer.request(c, domain);

    assertThat(SeedMeasurer.className("concat-csv-row")).isEqualTo("SeedConcatCsvRow");
    assertThat(r.id()).isEqualTo(c.id());
    assertThat(r.className()).isEqualTo(SeedMeasurer.className(c.id()));
    assertThat(r.originalSource()).contains("final class " + r.className() + " {")
        .doesNotContain("class Slow");
    assertThat(r.candidateSource()).contains("final class " + r.className() + " {")
        .doesNotContain("class Fast").contains("StringBuilder");
    assertThat(r.targetMethods()).containsExactly(c.metadata().method());
    assertThat(r.classPath()).containsExactly(domain);
  }

  @Test
  void aCaseWithoutABenchmarkMethodIsReportedNotMeasured() {
    List<SeedCase> stateful = SeedCorpus.fromDirectory(CORPUS).stream()
        .filter(c -> c.id().equals("concat-receipt-field")).toList();

    List<SeedMeasurement> results = new SeedMeasurer(ValidationOptions.defaults())
        .measure(CORPUS, stateful, 8, e -> { });

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.measured()).isFalse();
      assertThat(r.problem()).contains("no single method");
      assertThat(r.storedRate()).isEqualTo(stateful.get(0).metadata().rate());
    });
  }

  @Test
  void theLoadAroundTheRunIsStatedOrSaidToBeMissing() {
    assertThat(MeasureSeedsCommand.loadText(3.14, 11.0)).isEqualTo("shared machine, 1-min load average 3.1 at start, 11.0 at end");
    assertThat(MeasureSeedsCommand.loadText(-1, 2)).isEqualTo("load average not available");
  }

  @Test
  void anUnknownCaseIdIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new MeasureSeedsCommand()).setErr(new PrintWriter(err))
        .execute("--corpus", CORPUS.toString(), "--only", "no-such-case");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("no seed case no-such-case");
  }

  /**
   * One real measurement through the validator, on a copy of the corpus: a quadratic String
   * concatenation against a StringBuilder is measured faster, and only with {@code --write} does
   * the rate and how it was measured land in {@code case.json}.
   */
  @Test
  void measuresACaseWithTheValidatorAndWritesTheRateOnlyWhenAsked(@TempDir Path tmp)
      throws IOException {
    SeedCase c = SeedCorpus.fromDirectory(CORPUS).stream()
        .filter(s -> s.id().equals("concat-csv-row")).findFirst().orElseThrow();
    Path root = copyOf(c, tmp.resolve("corpus"));
    String[] quick = {"--corpus", root.toString(), "--only", c.id(), "--warmup", "2",
        "--iterations", "3", "--iteration-ms", "100"};

    StringWriter dry = new StringWriter();
    int dryExit = new CommandLine(new MeasureSeedsCommand()).setOut(new PrintWriter(dry)).execute(quick);
    assertThat(dryExit).as(dry.toString()).isZero();
    assertThat(dry.toString()).contains(c.id() + ": stored ").contains("nothing written");
    assertThat(SeedCorpus.fromDirectory(root).get(0).metadata()).isEqualTo(c.metadata());

    String[] write = java.util.stream.Stream.concat(java.util.Arrays.stream(quick),
        java.util.stream.Stream.of("--write", "--min-rate", "1.0")).toArray(String[]::new);
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new MeasureSeedsCommand()).setOut(new PrintWriter(out)).execute(write);
    assertThat(exit).as(out.toString()).isZero();
    var written = SeedCorpus.fromDirectory(root).get(0).metadata();
    assertThat(written.rate()).as(out.toString()).isGreaterThan(1.0);
    assertThat(out.toString()).contains(String.format(java.util.Locale.ROOT, "measured %.2f", written.rate()));
    assertThat(written.measured().command()).contains("--only " + c.id()).contains("--write");
    assertThat(written.measured().harness()).contains("validator-generated inputs");
    assertThat(written.measured().jvm()).containsPattern("load average [0-9.]+ at start, [0-9.]+ at end");
    assertThat(written.summary()).isEqualTo(c.metadata().summary());
  }

  private static Path copyOf(SeedCase c, Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve(c.path()));
    for (String file : List.of(SeedCorpus.METADATA, SeedCorpus.SLOW, SeedCorpus.FAST)) {
      Files.copy(CORPUS.resolve(c.path()).resolve(file), dir.resolve(file));
    }
    Files.copy(CORPUS.resolve(SeedCorpus.DOMAIN), root.resolve(SeedCorpus.DOMAIN));
    Files.writeString(root.resolve(SeedCorpus.INDEX), c.path() + "\n");
    return root;
  }
}
