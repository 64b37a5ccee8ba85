package dev.flamefix.eval;

import dev.flamefix.eval.baseline.WorkloadTimer;
import dev.flamefix.eval.metrics.EvalReport;
import dev.flamefix.eval.metrics.MarkdownReport;
import dev.flamefix.eval.metrics.MetricsJson;
import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.EvalSuite;
import dev.flamefix.eval.suite.ProgramKind;
import dev.flamefix.eval.suite.ProgramTestReport;
import dev.flamefix.eval.suite.ProgramTester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the suite's two fixed points with JMH: the slow inputs (the baseline every run starts
 * from) and the reference implementations (the upper bound). Both versions of every program are
 * first checked against the program's tests in a child JVM, then benchmarked on the program's
 * workload in one JMH run, so the ratios come from one harness under one machine load.
 *
 * <p>Writes {@code baseline.json} and {@code baseline.md} to the output directory; {@code --help}
 * lists the options.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = "JMH timing of every program's slow input against its reference implementation.")
public final class BaselineRun implements Callable<Integer> {

  @Option(names = "--suite", paramLabel = "DIR", description = "Suite directory (default: the bundled split).")
  Path suite;

  @Option(names = "--split", paramLabel = "development|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7", defaultValue = "development",
      description = "Bundled split when no --suite is given (default: ${DEFAULT-VALUE}).")
  EvalSuite.Split split;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "eval/target/baseline",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(names = "--include", paramLabel = "REGEX", description = "Only program ids matching this.")
  Pattern include;

  @Option(names = "--forks", defaultValue = "1", description = "JMH forks (default: ${DEFAULT-VALUE}).")
  int forks;

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--iterations", defaultValue = "5",
      description = "Measurement iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--time-ms", defaultValue = "200",
      description = "Length of each iteration in ms (default: ${DEFAULT-VALUE}).")
  long timeMillis;

  @Spec
  CommandSpec spec;

  /** Runs the baseline; {@code --help} lists the options. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BaselineRun()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    String[] args = spec.commandLine().getParseResult().originalArgs().toArray(String[]::new);
    if (suite != null && split != EvalSuite.Split.DEVELOPMENT) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--suite and --split exclude each other");
    }
    List<EvalProgram> programs = suite != null ? EvalSuite.load(suite) : EvalSuite.loadBundled(split);
    if (include != null) {
      programs = programs.stream().filter(p -> include.matcher(p.id()).find()).toList();
    }
    if (programs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no programs selected");
    }
    Path out = outDir.toAbsolutePath();
    Files.createDirectories(out);

    System.err.println("checking " + programs.size() + " programs (slow + reference) against their tests");
    List<ProgramTester.Version> versions = new ArrayList<>();
    for (EvalProgram p : programs) {
      versions.add(new ProgramTester.Version(p, "slow", p.slowSource()));
      versions.add(new ProgramTester.Version(p, "reference", p.referenceSource()));
    }
    Map<String, Boolean> passed = new HashMap<>();
    for (ProgramTestReport r : new ProgramTester().testAll(versions)) {
      passed.put(r.programId() + "/" + r.label(), r.allPassed());
      if (!r.allPassed()) {
        System.err.print(r.failureSummary());
      }
    }

    WorkloadTimer.Settings settings = new WorkloadTimer.Settings(
        forks, warmup, iterations, timeMillis);
    Map<String, WorkloadTimer.Timing> timing = new HashMap<>();
    for (WorkloadTimer.Timing t : new WorkloadTimer().time(versions, settings, out)) {
      timing.put(t.programId() + "/" + t.label(), t);
    }

    List<ProgramOutcome> baseline = new ArrayList<>();
    List<ProgramOutcome> reference = new ArrayList<>();
    StringBuilder detail = new StringBuilder();
    detail.append("| Program | Kind | Slow (µs ± 99.9% CI) | Reference (µs ± 99.9% CI) | Slow / reference |\n");
    detail.append("|---|---|---:|---:|---:|\n");
    for (EvalProgram p : programs) {
      WorkloadTimer.Timing slow = timing.get(p.id() + "/slow");
      WorkloadTimer.Timing ref = timing.get(p.id() + "/reference");
      boolean slowOk = passed.getOrDefault(p.id() + "/slow", false);
      boolean refOk = passed.getOrDefault(p.id() + "/reference", false);
      baseline.add(ProgramOutcome.untouched(p.id(), p.kind(), 0, null, slow.scoreNs())
          .withDetail(slowOk ? null : "slow version fails its tests"));
      if (p.kind() == ProgramKind.ALREADY_FAST) {
        // The ideal answer for an already-fast program is no proposal at all.
        reference.add(ProgramOutcome.untouched(p.id(), p.kind(), 0, null, slow.scoreNs()));
      } else {
        reference.add(ProgramOutcome.proposed(p.id(), p.kind(), 1, refOk, refOk, slow.scoreNs(), ref.scoreNs()));
      }
      detail.append(String.format(Locale.ROOT, "| %s | %s | %.1f ± %.1f | %.1f ± %.1f | %.2f× |%n",
          p.id(), p.kind().id(), slow.scoreNs() / 1000, slow.errorNs() / 1000,
          ref.scoreNs() / 1000, ref.errorNs() / 1000, slow.scoreNs() / ref.scoreNs()));
    }
    String command = "java -cp <eval classpath> dev.flamefix.eval.BaselineRun " + String.join(" ", args);
    List<EvalReport> reports = List.of(
        EvalReport.of("input programs (slow, baseline)", "—", command, baseline),
        EvalReport.of("reference implementations (upper bound)", "— (hand-written fixes)", command, reference));
    MetricsJson.write(reports, out.resolve("baseline.json"));
    String markdown = MarkdownReport.summaryTable(reports) + "\n" + detail;
    Files.writeString(out.resolve("baseline.md"), markdown, StandardCharsets.UTF_8);
    System.out.println(markdown);
    System.err.println("wrote " + out.resolve("baseline.json") + " and " + out.resolve("baseline.md"));
    return 0;
  }
}
