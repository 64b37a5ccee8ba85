package dev.flamefix.eval.replay;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.optimizer.model.ScriptedChatServer;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.validator.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every recorded answer of a replay set through the product's {@link CandidatePipeline} as
 * {@code flamefix optimize --no-recipes} would with a real endpoint: the answer is served by a
 * loopback OpenAI-protocol server, so the model client, answer extraction, splicing and
 * validation are the product's own. Each answer is one pipeline run with one candidate. Then the
 * task's driver judges every answer ({@link DriverJudge}) and each result pairs the two.
 */
public final class ReplayRunner {
  private final PipelineFactory factory;
  private final DriverJudge judge;
  private final Path workDir;
  private final Consumer<String> log;

  /**
   * @param factory the product (its validator); the runner adds the replay model client
   * @param timing JMH settings for timing the drivers' workloads
   * @param workDir scratch space
   * @param log receives one line per step
   */
  public ReplayRunner(PipelineFactory factory, dev.flamefix.eval.baseline.WorkloadTimer.Settings timing,
      Path workDir, Consumer<String> log) {
    this.factory = factory;
    this.judge = new DriverJudge(timing);
    this.workDir = workDir;
    this.log = log;
  }

  /** Every answer of every task, in order. */
  public List<AnswerResult> run(List<ReplayTask> tasks) throws IOException {
    List<AnswerResult> results = new ArrayList<>();
    try (ScriptedChatServer server = new ScriptedChatServer();
        ModelClient client = new ModelClient(ModelOptions.builder().baseUrl(server.baseUrl()).apiKey("replay")
            .modelName("replay").maxRetries(0).candidates(1).timeout(Duration.ofSeconds(60)).build(),
            new ExchangeLog())) {
      CandidatePipeline pipeline = factory.pipeline(List.of(client), list -> list);
      for (ReplayTask task : tasks) {
        results.addAll(runTask(task, server, pipeline));
      }
    }
    return results;
  }

  private List<AnswerResult> runTask(ReplayTask task, ScriptedChatServer server, CandidatePipeline pipeline)
      throws IOException {
    Path taskDir = workDir.resolve(task.id());
    Path src = taskDir.resolve("src");
    Path file = src.resolve(task.className().replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, task.originalSource(), StandardCharsets.UTF_8);

    Map<String, Run> runs = new LinkedHashMap<>();
    Map<String, String> judged = new LinkedHashMap<>();
    for (ReplayTask.RecordedAnswer answer : task.answers()) {
      server.answerWith(answer.text());
      Run run = runOne(pipeline, src, task.target(), task.assume());
      runs.put(answer.name(), run);
      String source = answer.appliedSource() != null ? answer.appliedSource()
          : run.candidate == null ? null : run.candidate.patchedSource();
      judged.put(answer.name(), source);
      log.accept(task.id() + "/" + answer.name() + ": " + run.outcome.label() + ": " + run.reason);
    }
    Map<String, DriverJudge.Judgement> truths = judge.judge(task, judged, taskDir.resolve("driver"));
    List<AnswerResult> out = new ArrayList<>();
    for (ReplayTask.RecordedAnswer answer : task.answers()) {
      Run run = runs.get(answer.name());
      DriverJudge.Judgement j = truths.get(answer.name());
      String from = answer.appliedSource() != null ? "set" : run.candidate != null ? "splice" : "none";
      out.add(new AnswerResult(task.id(), answer.name(), run.outcome, run.reason,
          run.verdict == null ? 0 : run.verdict.speedup(), j.truth(), from, j.speedup(), j.note()));
      log.accept(task.id() + "/" + answer.name() + ": driver says " + j.truth().label() + " (" + j.note() + ")");
    }
    return out;
  }

  private static Run runOne(CandidatePipeline pipeline, Path src, String target, String assume) {
    List<String> refusals = new ArrayList<>();
    CandidatePipeline.Input in = CandidatePipeline.Input.builder(src, List.of(target))
        .useRecipes(false).useModels(true).candidatesPerModel(1).maxValidations(1)
        // A recorded answer cannot react to feedback: one round, the answer as it was written.
        .feedbackRounds(0).assume(assume).build();
    List<CandidatePipeline.TargetResult> results = pipeline.run(in, new CandidatePipeline.Listener() {
      @Override
      public void stage(String stage, double progress, String message) {}

      @Override
      public void rejected(String t, String source, String reason) {
        refusals.add(reason);
      }
    });
    CandidatePipeline.TargetResult r = results.get(0);
    if (r.candidates().isEmpty()) {
      String reason = refusals.isEmpty() ? "no candidate" : String.join("; ", refusals);
      PipelineOutcome outcome = reason.startsWith("call failed") ? PipelineOutcome.OTHER : PipelineOutcome.SPLICE_REFUSED;
      return new Run(outcome, reason, null, null);
    }
    Verdict v = r.verdicts().get(0);
    if (v == null) {
      return new Run(PipelineOutcome.OTHER, "not validated (time budget)", r.candidates().get(0), null);
    }
    return new Run(PipelineOutcome.of(v), v.reason(), r.candidates().get(0), v);
  }

  private record Run(PipelineOutcome outcome, String reason, Candidate candidate, Verdict verdict) {}
}
