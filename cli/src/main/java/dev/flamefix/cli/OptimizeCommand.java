package dev.flamefix.cli;

import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.OptimizerException;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.pipeline.KnowledgeBaseOptions;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.pipeline.RecordedCallSource;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.recording.RecordingFormatException;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix optimize}: the optimizer and the validator on local sources, without a server.
 * Prints each candidate's verdict, then the accepted patch (unified diff) and the validator's
 * report. The exit status ({@link #PROPOSED}, {@link #NOTHING_PROVEN}, {@link #BAD_INPUT},
 * {@link #ERROR}) is listed in {@code --help}; scripts branch on it.
 */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = {"Generate candidates for hot methods and validate them (compile, differential tests, JMH).",
        "Candidates come from the recipe engine, plus the model configured by FLAMEFIX_MODEL_* if any.",
        "Patches name files relative to --source; apply one there with:",
        "  patch -p1 -d <source> < fix.diff"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        " 0:a patch was proven for every target (accepted: faster, same behaviour); patch and report printed",
        " 1:nothing proven for at least one target: no candidate, every candidate dropped, rejected or"
            + " unproven, or left unvalidated by --max-validations or --time-budget (other targets' patches printed)",
        " 2:bad input: unknown option or value, missing --source, unknown target, unreadable or"
            + " unparsable source, invalid model configuration",
        " 3:error: the run itself failed (e.g. the knowledge base could not be opened); cause on stderr"})
public final class OptimizeCommand implements Callable<Integer> {
  /** Exit status: a patch was proven for every target. */
  static final int PROPOSED = 0;
  /** Exit status: some target got no accepted candidate. */
  static final int NOTHING_PROVEN = 1;
  /** Exit status: usage error or input the pipeline cannot read (picocli's own usage status). */
  static final int BAD_INPUT = CommandLine.ExitCode.USAGE;
  /** Exit status: the run failed for a reason other than its input. */
  static final int ERROR = 3;

  @Spec CommandSpec spec;

  @Option(names = "--source", required = true, description = "A .java file or a source root directory.")
  Path source;

  @Option(names = "--target", required = true, description = "pkg.Class#method (repeatable).")
  List<String> targets = new java.util.ArrayList<>();

  @Option(names = "--classpath", description = "Class path the sources compile against (default: none).")
  String classpath;

  @Option(names = "--no-recipes", description = "Skip the recipe engine (a model must be configured).")
  boolean noRecipes;

  @Option(names = "--max-validations", defaultValue = "4", description = "Candidates validated per target (default: ${DEFAULT-VALUE}).")
  int maxValidations;

  @Option(names = "--benchmark", defaultValue = "default", converter = Converters.Benchmark.class,
      description = "JMH settings: default, quick, or forks,warmupIterations,warmupMs,iterations,iterationMs (default: ${DEFAULT-VALUE}).")
  BenchmarkSettings benchmark;

  @Option(names = "--kb-dir", description = "Embedded knowledge base for model prompts (default: ~/.flamefix/kb; only opened with a model).")
  Path kbDir;

  @Mixin KnowledgeBaseOptions kbStore;

  @Option(names = "--feedback-rounds", defaultValue = "2",
      description = "Times a model whose answer was rejected is told why and asked again, 0.."
          + CandidatePipeline.Input.MAX_FEEDBACK_ROUNDS + " (default: ${DEFAULT-VALUE}; recipes take no part).")
  int feedbackRounds;

  @Option(names = "--assume", paramLabel = "EXPR",
      description = {"Precondition of the target(s): a boolean Java expression over the parameter names (and this),"
          + " e.g. 'pos >= 0 && count >= 0 && pos + count <= 3'.",
          "Differential testing skips inputs outside it and every verdict states it; leading asserts of the"
          + " original method count as well."})
  String assume;

  @Option(names = "--time-budget", defaultValue = "15m", converter = Converters.ShortDuration.class, description = "No new validation after this (default: ${DEFAULT-VALUE}).")
  Duration timeBudget;

  @Option(names = "--recorded", paramLabel = "FILE",
      description = {"A recording envelope (GET /api/v1/recordings/{id}/envelope) whose calls of a target are replayed",
          "by differential testing after the generated inputs (repeatable)."})
  List<Path> recorded = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(source)) {
      err.println("flamefix optimize: no such file or directory: " + source);
      return BAD_INPUT;
    }
    List<RecordingBatch> recordings = new java.util.ArrayList<>();
    for (Path file : recorded) {
      try (InputStream in = Files.newInputStream(file)) {
        recordings.add(RecordingBatch.readFrom(in));
      } catch (IOException | RecordingFormatException e) {
        err.println("flamefix optimize: --recorded " + file + ": " + e.getMessage());
        return BAD_INPUT;
      }
    }
    List<ModelClient> models;
    try {
      models = PipelineFactory.configuredModels(System.getProperties(), System.getenv());
    } catch (IllegalArgumentException e) {
      err.println("flamefix optimize: model configuration: " + e.getMessage());
      return BAD_INPUT;
    }
    if (noRecipes && models.isEmpty()) {
      err.println("flamefix optimize: --no-recipes needs a model (FLAMEFIX_MODEL_NAME, ...)");
      return BAD_INPUT;
    }
    KnowledgeBaseSettings kb = kbStore.resolve(kbDir != null ? kbDir : Path.of(System.getProperty("user.home"), ".flamefix", "kb"));
    if (!models.isEmpty()) {
      err.println("knowledge base: " + kb.describe());
    }
    try (PipelineFactory factory = PipelineFactory.builder()
        .validation(ValidationOptions.builder().benchmark(benchmark).build())
        .knowledgeBase(kb)
        .models(models)
        .build()) {
      List<Path> cp = classpath == null || classpath.isBlank() ? List.of()
          : List.of(classpath.split(File.pathSeparator)).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
      CandidatePipeline.Input in = CandidatePipeline.Input.builder(source.toAbsolutePath(), targets)
          .classPath(cp)
          .useRecipes(!noRecipes)
          .useModels(!models.isEmpty())
          .maxValidations(maxValidations)
          .timeBudget(timeBudget)
          .feedbackRounds(feedbackRounds)
          .recorded(RecordedCallSource.of(recordings))
          .assume(assume)
          .build();
      List<CandidatePipeline.TargetResult> results = factory.pipeline().run(in, new CandidatePipeline.Listener() {
        @Override
        public void stage(String stage, double progress, String message) {
          if (!"validate".equals(stage) || !message.matches("^(compile|tests|differential|benchmark|decided) .*")) {
            err.printf(Locale.ROOT, "[%3.0f%%] %-8s %s%n", 100 * progress, stage, message);
            err.flush();
          }
        }
      });
      int accepted = 0;
      for (CandidatePipeline.TargetResult r : results) {
        out.println("== " + r.target() + ": " + r.candidates().size() + " candidate(s)"
            + (r.dropped().isEmpty() ? "" : ", " + r.dropped().size() + " more dropped before validation"));
        for (int i = 0; i < r.candidates().size(); i++) {
          Candidate c = r.candidates().get(i);
          Verdict v = r.verdicts().get(i);
          String skipped = r.notValidated().get(i);
          out.println("   " + c.source() + (c.round() == 0 ? "" : " (feedback round " + c.round() + ")") + ": "
              + (v == null ? "not validated" + (skipped == null ? "" : ": " + skipped)
              : (v.accepted() ? String.format(Locale.ROOT, "ACCEPTED, %.2fx faster", v.speedup()) : labelled(v))));
          if (c.source().startsWith("template:")) {
            // A template candidate cites the case it was learned from, with that case's measured rate.
            c.suggestions().forEach(s -> out.println(String.format(Locale.ROOT,
                "      learned from knowledge-base case %s (%s, %.2fx faster in its JMH measurement)", s.caseId(), s.category(), s.rate())));
          }
          if (v != null && v.differential() != null && v.differential().recorded() != null) {
            out.println("      " + v.differential().recorded().summary());
          }
        }
        r.dropped().forEach(d -> out.println("   " + d.source() + ": dropped before validation: " + d.reason()));
        Verdict v = r.acceptedVerdict();
        if (v != null) {
          accepted++;
          out.println();
          out.println("-- patch (" + r.acceptedCandidate().source() + ", measured speed-up "
              + String.format(Locale.ROOT, "%.2f", v.speedup()) + "x):");
          out.println(v.unifiedDiff());
          if (in.assume() != null) {
            out.println("-- assumed (inputs outside were not compared): " + in.assume());
          }
          out.println("-- validation report:");
          out.println(v.toJson());
        }
      }
      out.flush();
      return accepted == results.size() && accepted > 0 ? PROPOSED : NOTHING_PROVEN;
    } catch (OptimizerException | IllegalArgumentException e) {
      err.println("flamefix optimize: " + e.getMessage());
      return BAD_INPUT;
    } catch (RuntimeException e) {
      // Not picocli's handler: it would exit 1, which already means "nothing proven".
      err.println("flamefix optimize: error: " + e);
      e.printStackTrace(err);
      return ERROR;
    }
  }

  /** The reason with the outcome in front, once ("unproven: ..." reasons already say it). */
  private static String labelled(Verdict v) {
    return v.reason().startsWith(v.outcomeLabel() + ":") ? v.reason()
        : v.outcomeLabel() + ": " + v.reason();
  }
}
