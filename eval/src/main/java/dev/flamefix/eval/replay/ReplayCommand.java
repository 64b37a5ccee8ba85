package dev.flamefix.eval.replay;

import dev.flamefix.eval.EvalCommand;
import dev.flamefix.eval.baseline.WorkloadTimer;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix eval replay DIR}: every recorded answer of a replay set through the product
 * pipeline, crossed with the ground truth of each task's driver (format in docs/evaluation.md).
 * Writes {@code replay.json} and {@code replay.md} into {@code --out} and prints the markdown.
 *
 * <p>Exit codes: 0 no wrong answer accepted; 1 some wrong answer was accepted; 2 bad arguments or
 * a malformed set.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Replay recorded model answers through the product pipeline (as optimize --no-recipes with a model)",
        "and report accepted / unproven / rejected-by-reason against each task's driver.",
        "The pipeline on recorded answers, not a model's quality under flamefix's prompt."})
public final class ReplayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The replay set.")
  Path set;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("eval/target/replay-run");

  @Option(names = "--only", split = ",", paramLabel = "TASK", description = "Replay only these tasks.")
  List<String> only;

  @Option(names = "--jmh", paramLabel = "quick|default",
      description = "JMH effort of the validator and of the driver timings (default: ${DEFAULT-VALUE}).")
  EvalCommand.Jmh jmh = EvalCommand.Jmh.DEFAULT;

  /** Runs {@code replay} on its own. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ReplayCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    List<ReplayTask> tasks = select(load());
    boolean quick = jmh == EvalCommand.Jmh.QUICK;
    Path outDir = out.toAbsolutePath();
    Path work = outDir.resolve("work");
    Files.createDirectories(work.resolve("validator"));
    Path logFile = outDir.resolve("replay.log");
    ReplayReport report;
    try (PipelineFactory factory = PipelineFactory.builder()
        .validation(ValidationOptions.builder()
            .benchmark(quick ? BenchmarkSettings.quick() : BenchmarkSettings.defaults())
            .workDir(work.resolve("validator"))
            .build())
        .build()) {
      WorkloadTimer.Settings timing = quick ? new WorkloadTimer.Settings(1, 2, 4, 150) : WorkloadTimer.Settings.defaults();
      List<AnswerResult> results = new ReplayRunner(factory, timing, work, line -> {
        append(logFile, line);
        spec.commandLine().getErr().println(line);
        spec.commandLine().getErr().flush();
      }).run(tasks);
      report = new ReplayReport("Replay of " + set.getFileName() + " (" + results.size() + " answers)",
          commandLine(), results);
    }
    report.writeJson(outDir.resolve("replay.json"));
    String markdown = report.markdown();
    Files.writeString(outDir.resolve("replay.md"), markdown, StandardCharsets.UTF_8);
    stdout.println(markdown);
    stdout.println("JSON: " + outDir.resolve("replay.json") + "  markdown: " + outDir.resolve("replay.md")
        + "  log: " + logFile);
    stdout.flush();
    return report.wrongAccepted() == 0 ? 0 : 1;
  }

  private List<ReplayTask> load() {
    try {
      return ReplaySet.load(set);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private List<ReplayTask> select(List<ReplayTask> tasks) {
    if (only == null || only.isEmpty()) {
      return tasks;
    }
    List<String> unknown = only.stream().filter(id -> tasks.stream().noneMatch(t -> t.id().equals(id))).toList();
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown task(s) in --only: " + unknown);
    }
    return tasks.stream().filter(t -> only.contains(t.id())).toList();
  }

  private String commandLine() {
    return "flamefix eval replay " + set + (only == null || only.isEmpty() ? "" : " --only " + String.join(",", only))
        + " --jmh " + jmh.label() + " --out " + out;
  }

  private static void append(Path file, String line) {
    try {
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
