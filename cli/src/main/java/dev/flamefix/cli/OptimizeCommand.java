package dev.flamefix.cli;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.OptimizerException;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix optimize}: the optimizer and the validator on local sources, without a server.
 * Prints each candidate's verdict, then the accepted patch (unified diff) and the validator's
 * report. Exit code 0 when a candidate was accepted for every target, 1 when some target got
 * none, 2 for usage errors (unknown file, unknown target).
 */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = {"Generate candidates for hot methods and validate them (compile, differential tests, JMH).",
        "Candidates come from the recipe engine, plus the model configured by FLAMEFIX_MODEL_* if any."})
public final class OptimizeCommand implements Callable<Integer> {

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

  @Option(names = "--kb-dir", description = "Knowledge base for model prompts (default: ~/.flamefix/kb; only opened with a model).")
  Path kbDir;

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(source)) {
      err.println("flamefix optimize: no such file or directory: " + source);
      return 2;
    }
    List<ModelClient> models;
    try {
      models = PipelineFactory.configuredModels(System.getProperties(), System.getenv());
    } catch (IllegalArgumentException e) {
      err.println("flamefix optimize: model configuration: " + e.getMessage());
      return 2;
    }
    if (noRecipes && models.isEmpty()) {
      err.println("flamefix optimize: --no-recipes needs a model (FLAMEFIX_MODEL_NAME, ...)");
      return 2;
    }
    try (PipelineFactory factory = PipelineFactory.builder()
        .validation(ValidationOptions.builder().benchmark(benchmark).build())
        .embeddedKnowledgeBase(kbDir != null ? kbDir : Path.of(System.getProperty("user.home"), ".flamefix", "kb"))
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
        out.println("== " + r.target() + ": " + r.candidates().size() + " candidate(s)");
        for (int i = 0; i < r.candidates().size(); i++) {
          Candidate c = r.candidates().get(i);
          Verdict v = r.verdicts().get(i);
          out.println("   " + c.source() + (c.round() == 0 ? "" : " (feedback round " + c.round() + ")") + ": " + (v == null ? "not validated"
              : (v.accepted() ? String.format(Locale.ROOT, "ACCEPTED, %.2fx faster", v.speedup()) : labelled(v))));
        }
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
      return accepted == results.size() && accepted > 0 ? 0 : 1;
    } catch (OptimizerException | IllegalArgumentException e) {
      err.println("flamefix optimize: " + e.getMessage());
      return 2;
    }
  }

  /** The reason with the outcome in front, once ("unproven: ..." reasons already say it). */
  private static String labelled(Verdict v) {
    return v.reason().startsWith(v.outcomeLabel() + ":") ? v.reason()
        : v.outcomeLabel() + ": " + v.reason();
  }
}
