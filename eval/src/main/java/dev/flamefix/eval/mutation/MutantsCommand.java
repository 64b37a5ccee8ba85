package dev.flamefix.eval.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flamefix.eval.suite.EvalSuite;
import dev.flamefix.validator.ValidationOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix eval mutants}: the validator's mutation score. PIT mutants of every target
 * method of the evaluation suite's programs and of the repository's example classes go through
 * the validator's differential stage as candidates; writes {@code mutants.json} and
 * {@code mutants.md} to {@code --out}. A benchmark, not a test: it takes tens of minutes.
 */
@Command(name = "mutants", mixinStandardHelpOptions = true,
    description = "Feed PIT mutants of the suite's and the examples' target methods to the validator's differential stage and report how many it rejects.")
public final class MutantsCommand implements Callable<Integer> {

  /** Source files mutated besides the suite, relative to {@code --repo}. */
  static final List<String> REPO_SOURCES = List.of(
      "examples/src/main/java/dev/flamefix/examples/orders/OrderAnalytics.java",
      "validator/src/test/resources/fixtures/Catalog.java");

  @Spec CommandSpec spec;

  @Option(names = "--calls", paramLabel = "N",
      description = "Differential calls per method in the first pass (default: the validator's, ${DEFAULT-VALUE}).")
  int calls = ValidationOptions.defaults().callsPerMethod();

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the first pass (default: the validator's, ${DEFAULT-VALUE}).")
  long seed = ValidationOptions.defaults().seed();

  @Option(names = "--mutators", paramLabel = "GROUP", description = "PIT mutator group: DEFAULTS, STRONGER or ALL (default: ${DEFAULT-VALUE}).")
  String mutators = "DEFAULTS";

  @Option(names = "--rerun-factor", paramLabel = "K", description = "Survivors are checked again with K times the calls (default: ${DEFAULT-VALUE}).")
  int rerunFactor = 10;

  @Option(names = "--rerun-seeds", paramLabel = "N", description = "... with N other seeds; 0 skips the second check (default: ${DEFAULT-VALUE}).")
  int rerunSeeds = 3;

  @Option(names = "--call-timeout-ms", paramLabel = "MS", description = "Time one call may take (default: the validator's, ${DEFAULT-VALUE}).")
  long callTimeoutMillis = ValidationOptions.defaults().callTimeout().toMillis();

  @Option(names = "--repo", paramLabel = "DIR", description = "Repository root holding the example sources (default: the current directory).")
  Path repo = Path.of(".");

  @Option(names = "--source", paramLabel = "FILE",
      description = "Source files to mutate besides the suite, relative to --repo (default: the demo's OrderAnalytics and the soundness corpus's Catalog). Every method the class declares is a target.")
  List<String> sources = new ArrayList<>(REPO_SOURCES);

  @Option(names = "--no-suite", description = "Leave out the evaluation suite's programs.")
  boolean noSuite;

  @Option(names = "--only", split = ",", paramLabel = "ID", description = "Only these subjects (suite program ids or class simple names).")
  List<String> only;

  @Option(names = "--out", paramLabel = "DIR", description = "Where mutants.json and mutants.md go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("eval/target/mutants");

  @Option(names = "--keep-work", description = "Keep the compiled mutants and the children's files under <out>/work.")
  boolean keepWork;

  /** Runs {@code eval mutants} as a stand-alone program. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new MutantsCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    List<MutationSubject> subjects = new ArrayList<>();
    for (String source : sources) {
      Path file = repo.resolve(source);
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "no source file " + file + " (run from the repository root or pass --repo)");
      }
      subjects.add(MutationSubject.ofFile(file));
    }
    if (!noSuite) {
      EvalSuite.loadBundled().forEach(p -> subjects.add(MutationSubject.of(p)));
    }
    List<MutationSubject> selected = only == null ? subjects
        : subjects.stream().filter(s -> only.contains(s.id())).toList();
    if (selected.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no subject selected");
    }
    Path outDir = out.toAbsolutePath();
    Files.createDirectories(outDir);
    ValidationOptions options = ValidationOptions.builder().callsPerMethod(calls).seed(seed)
        .callTimeout(Duration.ofMillis(callTimeoutMillis)).keepWorkDir(keepWork).build();
    MutationHarness harness = new MutationHarness(options, mutators, rerunFactor, rerunSeeds);
    String command = "flamefix eval mutants " + String.join(" ", spec.commandLine().getParseResult()
        .originalArgs());
    MutationReport report = harness.run(selected, outDir.resolve("work"), command.strip(), line -> {
      stdout.println(line);
      stdout.flush();
    });
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(outDir.resolve("mutants.json").toFile(), report);
    Files.writeString(outDir.resolve("mutants.md"), MutationMarkdown.of(report),
        StandardCharsets.UTF_8);
    stdout.println(MutationMarkdown.totals(report.totals()));
    stdout.println("JSON: " + outDir.resolve("mutants.json") + "  markdown: "
        + outDir.resolve("mutants.md") + "  wall time: " + report.wallSeconds() + " s");
    stdout.flush();
    return 0;
  }
}
