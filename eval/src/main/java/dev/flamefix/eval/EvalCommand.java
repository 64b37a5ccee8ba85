package dev.flamefix.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flamefix.eval.baseline.WorkloadTimer;
import dev.flamefix.eval.metrics.EvalReport;
import dev.flamefix.eval.metrics.MarkdownReport;
import dev.flamefix.eval.metrics.MetricsJson;
import dev.flamefix.eval.mutation.MutantsCommand;
import dev.flamefix.eval.replay.ReplayCommand;
import dev.flamefix.eval.run.EvalRunner;
import dev.flamefix.eval.run.PipelineEvaluator;
import dev.flamefix.eval.run.ProgramEvaluator;
import dev.flamefix.eval.run.ProgressBar;
import dev.flamefix.eval.run.ResultsStore;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.EvalSuite;
import dev.flamefix.eval.suite.ProgramTester;
import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix eval}: runs the optimizer and validator over the evaluation suite and reports
 * FasterPy's metrics per program and overall (JSON and markdown), with a progress bar. Every
 * finished program is stored in {@code <out>/outcomes.jsonl} at once, so a run that is
 * interrupted continues where it stopped when started again with the same {@code --out}.
 *
 * <p>A plain picocli command: the server CLI registers it as its {@code eval} subcommand, and
 * {@link #main} runs it on its own ({@code java -cp ... dev.flamefix.eval.EvalCommand}). Its own
 * subcommand {@code mutants} ({@link MutantsCommand}) measures the validator's mutation score;
 * {@code replay} ({@link ReplayCommand}) replays recorded model answers.
 *
 * <p>Exit codes: 0 every selected program has an outcome; 1 some program's evaluation failed (a
 * rerun retries it); 2 bad arguments.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    subcommands = {MutantsCommand.class, ReplayCommand.class},
    description = "Run optimizer + validator on the evaluation suite and report Runtime_Mean, Pass@1, %%OPT, @Speedup.")
public final class EvalCommand implements Callable<Integer> {

  /** JMH effort: {@code quick} for long runs on a shared machine, {@code default} for quoting. */
  public enum Jmh {
    QUICK, DEFAULT;

    /** The name used on the command line. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * What a run is, as far as resuming is concerned: outcomes stored under one configuration are
   * never mixed with another's.
   *
   * @param suite the suite directory, {@code bundled} (the development split) or {@code
   *     bundled:<split>} ({@code bundled:heldout}, {@code bundled:heldout2}, {@code bundled:heldout3},
   *     {@code bundled:heldout4}, {@code bundled:heldout5}, {@code bundled:heldout6},
   *     {@code bundled:heldout7})
   * @param models model names asked (empty: recipe engine only)
   * @param retrieval whether knowledge-base retrieval feeds the model prompt
   * @param jmh JMH effort
   */
  public record RunConfig(String suite, List<String> models, boolean retrieval, String jmh) {}

  /** Builds the evaluator of a run and whatever must be closed after it. */
  @FunctionalInterface
  public interface EvaluatorFactory {
    /**
     * @param config the run
     * @param models the model clients to use (already selected from the configuration)
     * @param workDir scratch space under the output directory
     * @param log receives per-step lines for {@code eval.log}
     * @param resources add anything to close after the run
     */
    ProgramEvaluator create(RunConfig config, List<ModelClient> models, Path workDir, Consumer<String> log,
        List<AutoCloseable> resources) throws Exception;
  }

  @Spec CommandSpec spec;

  @Option(names = "--suite", paramLabel = "DIR", description = "Suite directory (default: the bundled split).")
  Path suite;

  @Option(names = "--split", paramLabel = "development|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7",
      description = "Bundled split to evaluate when no --suite is given: development (the 48 programs), heldout,"
          + " heldout2, heldout3, heldout4, heldout5, heldout6 or heldout7 (written without sight of the engine; report them separately). Default: ${DEFAULT-VALUE}.")
  EvalSuite.Split split = EvalSuite.Split.DEVELOPMENT;

  @Option(names = "--models", split = ",", paramLabel = "NAME",
      description = "Configured model names to ask (FLAMEFIX_MODEL_* env). Default: every configured model.")
  List<String> models;

  @Option(names = "--no-retrieval", description = "Do not retrieve knowledge-base cases: no suggestions in the model prompt, no template candidates.")
  boolean noRetrieval;

  @Option(names = "--recipes-only", description = "No model is asked: the recipe engine and (with retrieval) the retrieved cases' templates propose candidates.")
  boolean recipesOnly;

  @Option(names = "--out", paramLabel = "DIR", description = "Output and resume directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("eval/target/eval-run");

  @Option(names = "--only", split = ",", paramLabel = "ID", description = "Evaluate only these program ids.")
  List<String> only;

  @Option(names = "--jmh", paramLabel = "quick|default",
      description = "JMH effort of the validator and of the outcome timings: quick or default (default: default).")
  Jmh jmh = Jmh.DEFAULT;

  private final EvaluatorFactory factory;
  private final Map<String, String> env;

  /** The command as the CLI uses it: the real optimizer, validator and knowledge base. */
  public EvalCommand() {
    this(EvalCommand::realPipeline, System.getenv());
  }

  /** For tests: another evaluator and environment. */
  EvalCommand(EvaluatorFactory factory, Map<String, String> env) {
    this.factory = factory;
    this.env = env;
  }

  /** Runs {@code eval} as a stand-alone program. */
  public static void main(String[] args) {
    System.exit(commandLine(new EvalCommand()).execute(args));
  }

  /** The command line of {@code command}; {@code --jmh} takes its values in any case. */
  static CommandLine commandLine(EvalCommand command) {
    return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (recipesOnly && models != null && !models.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--recipes-only and --models exclude each other");
    }
    if (suite != null && split != EvalSuite.Split.DEVELOPMENT) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--suite and --split exclude each other");
    }
    List<EvalProgram> programs = suite == null ? EvalSuite.loadBundled(split) : EvalSuite.load(suite);
    programs = select(programs);

    List<ModelClient> clients = recipesOnly ? List.of() : configuredModels();
    List<String> modelNames = clients.stream().map(c -> c.options().modelName()).toList();
    RunConfig config = new RunConfig(suiteName(),
        modelNames, !noRetrieval, jmh.label());
    Path outDir = out.toAbsolutePath();
    Files.createDirectories(outDir);
    try (FileChannel lockFile = FileChannel.open(outDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--out " + outDir + " is in use by another eval run; wait for it or choose another --out");
      }
      return runLocked(programs, clients, modelNames, config, outDir, err, stdout);
    }
  }

  /** The lock, or null when another process (or this one) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return null;
    }
  }

  private int runLocked(List<EvalProgram> programs, List<ModelClient> clients, List<String> modelNames,
      RunConfig config, Path outDir, PrintWriter err, PrintWriter stdout) throws Exception {
    checkSameRun(outDir.resolve("run.json"), config);

    ResultsStore store = new ResultsStore(outDir);
    Path logFile = outDir.resolve("eval.log");
    Consumer<String> log = line -> appendLog(logFile, line);
    log.accept("=== " + Instant.now() + " " + config + ", " + programs.size() + " program(s), "
        + programs.stream().filter(p -> store.isDone(p.id())).count() + " already stored");
    if (!recipesOnly && clients.isEmpty()) {
      err.println("no model configured (FLAMEFIX_MODEL_NAME unset): the recipe engine is the only candidate source");
    }

    List<AutoCloseable> resources = new ArrayList<>(clients);
    EvalRunner.Result result;
    try {
      ProgramEvaluator evaluator = factory.create(config, clients, outDir.resolve("work"), log, resources);
      result = new EvalRunner(store, evaluator).run(programs, ProgressBar.onConsole(programs.size()));
    } finally {
      for (AutoCloseable r : resources) {
        try {
          r.close();
        } catch (Exception e) {
          err.println("closing " + r + ": " + e);
        }
      }
    }

    String model = modelNames.isEmpty() ? "recipe engine (no model configured)" : "recipe engine + " + String.join(", ", modelNames);
    String label = (suite == null && split != EvalSuite.Split.DEVELOPMENT ? split.label() + " split, " : "")
        + (modelNames.isEmpty() ? "recipes only" : "recipes + models") + ", retrieval " + (noRetrieval ? "off" : "on")
        + ", jmh " + jmh.label() + (result.outcomes().size() < programs.size() ? " (partial: " + result.outcomes().size() + "/" + programs.size() + ")" : "");
    EvalReport report = EvalReport.of(label, model, commandLine(), result.outcomes());
    MetricsJson.write(List.of(report), outDir.resolve("eval.json"));
    String markdown = "# " + label + "\n\n`" + report.command() + "`\n\n" + MarkdownReport.summaryTable(List.of(report))
        + "\n" + MarkdownReport.programTable(report);
    Files.writeString(outDir.resolve("eval.md"), markdown, StandardCharsets.UTF_8);
    stdout.println(MarkdownReport.summaryTable(List.of(report)));
    stdout.println("JSON: " + outDir.resolve("eval.json") + "  markdown: " + outDir.resolve("eval.md")
        + "  log: " + logFile);
    stdout.flush();
    for (Map.Entry<String, String> f : result.failures().entrySet()) {
      err.println("FAILED " + f.getKey() + ": " + f.getValue() + " (rerun the same command to retry)");
    }
    err.flush();
    return result.complete() ? 0 : 1;
  }

  private List<EvalProgram> select(List<EvalProgram> programs) {
    if (only == null || only.isEmpty()) {
      return programs;
    }
    Set<String> wanted = new LinkedHashSet<>(only);
    Set<String> known = new LinkedHashSet<>();
    programs.forEach(p -> known.add(p.id()));
    wanted.removeAll(known);
    if (!wanted.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown program id(s) in --only: " + wanted);
    }
    return programs.stream().filter(p -> only.contains(p.id())).toList();
  }

  /** The models configured through {@code FLAMEFIX_MODEL_*}, narrowed to {@code --models}. */
  private List<ModelClient> configuredModels() {
    List<ModelClient> configured;
    try {
      configured = PipelineFactory.configuredModels(new Properties(), env);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "model configuration: " + e.getMessage());
    }
    if (models != null && !models.isEmpty()) {
      if (configured.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--models " + String.join(",", models) + ": no model is configured (set FLAMEFIX_MODEL_NAME, FLAMEFIX_MODEL_BASE_URL, ...)");
      }
      String name = configured.get(0).options().modelName();
      for (String m : models) {
        if (!m.equals(name)) {
          configured.forEach(ModelClient::close);
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--models " + m + ": not configured; the configured model is " + name);
        }
      }
    }
    return configured;
  }

  /** Refuses to resume into a directory holding outcomes of a differently configured run. */
  private void checkSameRun(Path file, RunConfig config) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (Files.exists(file)) {
      RunConfig stored = json.readValue(file.toFile(), RunConfig.class);
      if (!stored.equals(config)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out " + file.getParent()
            + " holds a run configured as " + stored + ", not " + config + "; choose another --out or delete it");
      }
    } else {
      json.writeValue(file.toFile(), config);
    }
  }

  /** The suite as {@link RunConfig} records it; the development split keeps its old name. */
  private String suiteName() {
    if (suite != null) {
      return suite.toAbsolutePath().normalize().toString();
    }
    return split == EvalSuite.Split.DEVELOPMENT ? "bundled" : "bundled:" + split.label();
  }

  private String commandLine() {
    List<String> parts = new ArrayList<>(List.of("flamefix eval"));
    if (suite != null) parts.add("--suite " + suite);
    if (split != EvalSuite.Split.DEVELOPMENT) parts.add("--split " + split.label());
    if (recipesOnly) parts.add("--recipes-only");
    if (models != null && !models.isEmpty()) parts.add("--models " + String.join(",", models));
    if (noRetrieval) parts.add("--no-retrieval");
    if (only != null && !only.isEmpty()) parts.add("--only " + String.join(",", only));
    parts.add("--jmh " + jmh.label());
    parts.add("--out " + out);
    return String.join(" ", parts);
  }

  private static void appendLog(Path file, String line) {
    try {
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The knowledge base a run's prompts draw on: the configured Milvus collection when {@code
   * FLAMEFIX_MILVUS_URI} is set (as for every command), else a fresh seeded store in the work dir.
   */
  private static KnowledgeBaseSettings knowledgeBase(Path workDir, RunConfig config, Consumer<String> log) {
    KnowledgeBaseSettings kb = PipelineFactory.configuredKnowledgeBase(System.getProperties(), System.getenv(), workDir.resolve("kb"));
    if (config.retrieval()) {
      log.accept("knowledge base: " + kb.describe());
    }
    return kb;
  }

  /**
   * The product as {@link PipelineFactory} assembles it for users: the knowledge base (seed corpus,
   * in the run's work dir) feeding model prompts when retrieval is on, the optimizer and the
   * validator, and the product's candidate pipeline over them.
   */
  static ProgramEvaluator realPipeline(RunConfig config, List<ModelClient> models, Path workDir,
      Consumer<String> log, List<AutoCloseable> resources) throws IOException {
    boolean quick = Jmh.QUICK.label().equals(config.jmh());
    Files.createDirectories(workDir.resolve("validator"));
    PipelineFactory factory = PipelineFactory.builder()
        .validation(ValidationOptions.builder()
            .benchmark(quick ? BenchmarkSettings.quick() : BenchmarkSettings.defaults())
            .workDir(workDir.resolve("validator"))
            .build())
        .knowledgeBase(knowledgeBase(workDir, config, log))
        .retrieval(config.retrieval())
        .build();
    resources.add(factory);
    WorkloadTimer.Settings timing = quick ? new WorkloadTimer.Settings(1, 2, 4, 150) : WorkloadTimer.Settings.defaults();
    return new PipelineEvaluator(factory.pipeline(models, list -> list), !models.isEmpty(), new ProgramTester(), timing,
        workDir, log);
  }
}
