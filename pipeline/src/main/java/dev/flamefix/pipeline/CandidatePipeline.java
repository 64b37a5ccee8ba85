package dev.flamefix.pipeline;

import com.github.javaparser.ast.nodeTypes.NodeWithName;
import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.OptimizationReport;
import dev.flamefix.optimizer.OptimizationRequest;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.feedback.Feedback;
import dev.flamefix.optimizer.feedback.HotLineOrder;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.model.Conversation;
import dev.flamefix.optimizer.target.JavaSources;
import dev.flamefix.optimizer.target.MethodTarget;
import dev.flamefix.validator.ProgressListener;
import dev.flamefix.validator.RecordedCalls;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The product's one path from targets to outcomes: the optimizer generates candidates for each
 * target, {@code order} ranks them (the strategy bandit in the server, the optimizer's own order
 * elsewhere), and the validator judges them one by one until one is accepted, the validation cap
 * is reached or the time budget is spent. When none is accepted, feedback rounds follow: every
 * model whose answer was rejected or could not be used is told why (the {@link VerdictFeedback}
 * and the target's profile evidence) in the same conversation, and its new answers are validated
 * the same way, until one is accepted, the rounds are used up or the time budget is spent. The server's jobs, {@code flamefix optimize} and
 * {@code flamefix eval} all run this class, so what the evaluation measures is what users get.
 *
 * <p>Progress goes to a {@link Listener} on the running thread; nothing here knows about HTTP,
 * storage or consoles.
 */
public final class CandidatePipeline {

  /** Receives progress; called on the running thread. */
  public interface Listener {
    /** A stage change or a message; {@code progress} is 0..1 for the whole run. */
    void stage(String stage, double progress, String message);

    /** The candidates of one target, in the order they will be validated. */
    default void candidates(String target, List<Candidate> ordered) {}

    /** A verdict on one candidate. */
    default void verdict(String target, Candidate candidate, Verdict verdict) {}

    /**
     * The new candidates of feedback round {@code round} (1..) of one target, in the order they
     * will be validated, after every candidate given earlier.
     */
    default void feedbackCandidates(String target, int round, List<Candidate> added) {}

    /**
     * A model answer that gave no candidate: the call failed, the answer held no code, or the
     * splicer refused it ({@code reason} names what it refused).
     */
    default void rejected(String target, String source, String reason) {}

    /**
     * A candidate that was generated and then left out before validation ({@code reason}: the
     * same code as an earlier one, no change to the original).
     */
    default void dropped(String target, String source, String reason) {}
  }

  /** The validation step; {@link Validator#validate(ValidationRequest, ProgressListener)} in the product. */
  @FunctionalInterface
  public interface Validation {
    /** Judges one candidate. */
    Verdict validate(ValidationRequest request, ProgressListener listener);
  }

  /**
   * One run. {@link #builder(Path, List)} gives the product's defaults.
   *
   * @param location source root or single file
   * @param targets {@code pkg.Class#method}
   * @param classPath the project's class path for the validator
   * @param k suggestions kept per prompt
   * @param candidatesPerModel answers per model, 0 for the model's own setting
   * @param useRecipes run the recipe engine
   * @param useModels ask the optimizer's models
   * @param maxValidations candidates validated per target and round at most
   * @param timeBudget no new validation and no feedback round starts after this much time
   * @param feedbackRounds feedback rounds per target after the first candidates (0: none); only
   *     models take part, recipes never change
   * @param evidence profile evidence per target (as in {@code targets}) for the feedback messages;
   *     a target without an entry has none
   * @param sourceRoot the source root the user gave, which the patches' file names are relative to
   *     (so {@code patch -p1} applies them there); null for {@code location} when it is a
   *     directory, else the root its package declaration implies (see {@link PatchPaths})
   * @param recorded real calls recorded in production, replayed by the validator after the
   *     generated inputs of each candidate of a target they match
   * @param assume a precondition of every target stated by the user (a boolean Java expression
   *     over its parameter names), or {@code null}: differential testing discards inputs outside
   *     it, and every verdict says it was assumed. Checked by {@link Assumptions} when the run starts
   * @param useTemplates apply the templates of the retrieved knowledge-base cases (only when the
   *     optimizer has them, that is when retrieval is on)
   */
  public record Input(Path location, List<String> targets, List<Path> classPath, int k, int candidatesPerModel,
      boolean useRecipes, boolean useModels, int maxValidations, Duration timeBudget, int feedbackRounds,
      Map<String, ProfileEvidence> evidence, Path sourceRoot, RecordedCallSource recorded, String assume,
      boolean useTemplates) {

    /** Suggestions per prompt unless a request says otherwise. */
    public static final int DEFAULT_K = 2;
    /** Candidates validated per target unless configured otherwise. */
    public static final int DEFAULT_MAX_VALIDATIONS = 4;
    /** Time after which no new validation starts, unless configured otherwise. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(15);
    /** Feedback rounds per target unless configured otherwise. */
    public static final int DEFAULT_FEEDBACK_ROUNDS = 2;
    /** The most feedback rounds a run may ask for: each is a model call and validations more. */
    public static final int MAX_FEEDBACK_ROUNDS = 5;

    public Input {
      Objects.requireNonNull(location, "location");
      targets = List.copyOf(targets);
      classPath = List.copyOf(classPath);
      Objects.requireNonNull(timeBudget, "timeBudget");
      evidence = Map.copyOf(evidence);
      recorded = recorded == null ? RecordedCallSource.NONE : recorded;
      assume = assume == null || assume.isBlank() ? null : assume.strip();
      if (feedbackRounds < 0 || feedbackRounds > MAX_FEEDBACK_ROUNDS) {
        throw new IllegalArgumentException("feedbackRounds must be 0.." + MAX_FEEDBACK_ROUNDS + ", was " + feedbackRounds);
      }
      if (targets.isEmpty()) {
        throw new IllegalArgumentException("at least one target is required");
      }
      if (k < 1 || candidatesPerModel < 0 || maxValidations < 1) {
        throw new IllegalArgumentException("k and maxValidations must be positive, candidatesPerModel >= 0");
      }
      if (!useRecipes && !useModels && !useTemplates) {
        throw new IllegalArgumentException("no candidate source: recipes and templates are off and no model is used");
      }
    }

    /** A run over {@code targets} in {@code location} with the product's defaults (recipes only). */
    public static Builder builder(Path location, List<String> targets) {
      return new Builder(location, targets);
    }

    /** Builds an {@link Input}; every setting starts at the product's default. */
    public static final class Builder {
      private final Path location;
      private final List<String> targets;
      private List<Path> classPath = List.of();
      private int k = DEFAULT_K;
      private int candidatesPerModel;
      private boolean useRecipes = true;
      private boolean useModels;
      private int maxValidations = DEFAULT_MAX_VALIDATIONS;
      private Duration timeBudget = DEFAULT_TIME_BUDGET;
      private int feedbackRounds = DEFAULT_FEEDBACK_ROUNDS;
      private Map<String, ProfileEvidence> evidence = Map.of();
      private Path sourceRoot;
      private RecordedCallSource recorded = RecordedCallSource.NONE;
      private String assume;
      private boolean useTemplates = true;

      private Builder(Path location, List<String> targets) {
        this.location = location;
        this.targets = targets;
      }

      /** The project's class path (default: none, JDK only). */
      public Builder classPath(List<Path> value) {
        this.classPath = value;
        return this;
      }

      /** Suggestions per model prompt (default 2). */
      public Builder k(int value) {
        this.k = value;
        return this;
      }

      /** Answers per model, 0 for the model's own setting (default). */
      public Builder candidatesPerModel(int value) {
        this.candidatesPerModel = value;
        return this;
      }

      /** Whether the recipe engine runs (default true). */
      public Builder useRecipes(boolean value) {
        this.useRecipes = value;
        return this;
      }

      /** Whether the optimizer's models are asked (default false). */
      public Builder useModels(boolean value) {
        this.useModels = value;
        return this;
      }

      /** Candidates validated per target and round at most (default 4). */
      public Builder maxValidations(int value) {
        this.maxValidations = value;
        return this;
      }

      /** No new validation starts after this (default 15 minutes). */
      public Builder timeBudget(Duration value) {
        this.timeBudget = value;
        return this;
      }

      /** Feedback rounds per target after the first candidates (default 2; 0 for none). */
      public Builder feedbackRounds(int value) {
        this.feedbackRounds = value;
        return this;
      }

      /** Profile evidence per target for the feedback messages (default: none). */
      public Builder evidence(Map<String, ProfileEvidence> value) {
        this.evidence = value;
        return this;
      }

      /**
       * The source root the patches' file names are relative to, when {@code location} is one file
       * in it (default: {@code location} itself when it is a directory).
       */
      public Builder sourceRoot(Path value) {
        this.sourceRoot = value;
        return this;
      }

      /** Recorded production calls to replay in validation (default: none). */
      public Builder recorded(RecordedCallSource value) {
        this.recorded = value;
        return this;
      }

      /** A precondition of every target, stated by the user (default: none). */
      public Builder assume(String value) {
        this.assume = value;
        return this;
      }

      /** Whether the retrieved cases' templates are applied when the optimizer has them (default true). */
      public Builder useTemplates(boolean value) {
        this.useTemplates = value;
        return this;
      }

      /** The input; throws {@link IllegalArgumentException} for inconsistent settings. */
      public Input build() {
        return new Input(location, targets, classPath, k, candidatesPerModel, useRecipes, useModels,
            maxValidations, timeBudget, feedbackRounds, evidence, sourceRoot, recorded, assume, useTemplates);
      }
    }
  }

  /**
   * What happened to one target.
   *
   * @param target the target as asked
   * @param className its class
   * @param methodName its method (with parameter list when one was given)
   * @param originalSource the original file
   * @param candidates the candidates in validation order, those of feedback rounds after the
   *     first ones ({@link Candidate#round()} says which round)
   * @param verdicts verdicts by candidate index in {@code candidates}; missing when not validated
   * @param accepted index of the accepted candidate, or -1
   * @param dropped candidates generated for this target and left out before validation, with why
   * @param notValidated why a candidate of {@code candidates} (by index) got no verdict: the
   *     validation cap or the time budget; absent for those that were validated, and for those
   *     left alone once another was accepted
   */
  public record TargetResult(String target, String className, String methodName, String originalSource,
      List<Candidate> candidates, Map<Integer, Verdict> verdicts, int accepted, List<OptimizationReport.Drop> dropped,
      Map<Integer, String> notValidated) {

    public TargetResult {
      candidates = List.copyOf(candidates);
      verdicts = Map.copyOf(verdicts);
      dropped = List.copyOf(dropped);
      notValidated = Map.copyOf(notValidated);
    }

    /** Candidates generated for this target: those kept for validation and those dropped before it. */
    public int generated() {
      return candidates.size() + dropped.size();
    }

    /** The accepted candidate, or null. */
    public Candidate acceptedCandidate() {
      return accepted < 0 ? null : candidates.get(accepted);
    }

    /** The accepted candidate's verdict, or null. */
    public Verdict acceptedVerdict() {
      return accepted < 0 ? null : verdicts.get(accepted);
    }
  }

  private final Optimizer optimizer;
  private final Validation validation;
  private final UnaryOperator<List<Candidate>> order;

  /** The product pipeline: {@code validator} judges the candidates in {@code order}. */
  public CandidatePipeline(Optimizer optimizer, Validator validator, UnaryOperator<List<Candidate>> order) {
    this(optimizer, validator::validate, order);
  }

  /** A pipeline with another validation step (tests, or a remote validation worker). */
  public CandidatePipeline(Optimizer optimizer, Validation validation, UnaryOperator<List<Candidate>> order) {
    this.optimizer = Objects.requireNonNull(optimizer);
    this.validation = Objects.requireNonNull(validation);
    this.order = Objects.requireNonNull(order);
  }

  /**
   * Runs every target; throws the optimizer's exception for a target it cannot resolve, and
   * {@link IllegalArgumentException} for a stated precondition that does not compile.
   */
  public List<TargetResult> run(Input in, Listener listener) {
    List<String> badAssumption = Assumptions.problems(in.location(), in.targets(), in.assume(), in.classPath());
    if (!badAssumption.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", badAssumption));
    }
    long deadline = System.nanoTime() + in.timeBudget().toNanos();
    int n = in.targets().size();
    listener.stage("optimize", 0.02, "generating candidates for " + String.join(", ", in.targets())
        + (in.useRecipes() ? " (recipes" + (in.useModels() ? " and models)" : ")") : " (models)"));
    OptimizationRequest request = OptimizationRequest.builder(in.location()).targets(in.targets())
        .k(in.k()).m(Math.max(10, in.k())).candidatesPerModel(in.candidatesPerModel())
        .useRecipes(in.useRecipes()).useModels(in.useModels()).useTemplates(in.useTemplates()).evidence(in.evidence())
        .progress((stage, target, message) -> listener.stage("optimize", 0.05, "[" + stage + "] " + target + ": " + message))
        .build();
    OptimizationReport report = optimizer.run(request);
    for (OptimizationReport.Rejection r : report.rejections()) {
      listener.stage("optimize", 0.1, r.source() + " gave no usable candidate for " + r.target() + ": " + r.reason());
      listener.rejected(r.target(), r.source(), r.reason());
    }
    for (OptimizationReport.Drop d : report.dropped()) {
      listener.stage("optimize", 0.1, "dropped " + d.source() + " for " + d.target() + " before validation: " + d.reason());
      listener.dropped(d.target(), d.source(), d.reason());
    }
    List<TargetResult> results = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      String spec = in.targets().get(t);
      TargetRun run = new TargetRun(in, listener, deadline, t, spec, report.droppedFor(spec));
      List<Candidate> mine = report.candidates().stream().filter(c -> c.target().equals(spec)).toList();
      List<Candidate> ordered = mine.isEmpty() ? List.of() : hotFirst(order.apply(mine),
          in.evidence().getOrDefault(spec, ProfileEvidence.NONE));
      listener.candidates(spec, ordered);
      if (ordered.isEmpty()) {
        listener.stage("validate", run.progress(0, 1), "no candidate for " + spec + ": "
            + noCandidateReason(in, run.dropped, report.notFiredFor(spec)));
      }
      run.validate(ordered, 0);
      List<OptimizationReport.Rejection> unusable = report.rejections().stream()
          .filter(r -> r.target().equals(spec) && r.conversation() != null).toList();
      for (int round = 1; round <= run.rounds && run.accepted < 0; round++) {
        unusable = feedbackRound(request, run, round, unusable);
        if (unusable == null) {
          break;
        }
      }
      results.add(run.result());
    }
    listener.stage("done", 1.0, results.stream().filter(r -> r.accepted() >= 0).count() + " of " + n
        + " target(s) got an accepted candidate");
    return results;
  }

  /** Why a target has nothing to validate, consistent with what generation reported. */
  private static String noCandidateReason(Input in, List<OptimizationReport.Drop> dropped,
      List<OptimizationReport.NotFired> notFired) {
    String models = in.useModels() ? " and no model answer could be used" : " (no model configured)";
    if (dropped.isEmpty()) {
      // The recipes that saw their anti-pattern and refused it say which precondition failed:
      // that is what a user needs to judge whether the code is really fine or the engine is short.
      return "no recipe fired" + (notFired.isEmpty() ? ""
          : " [" + String.join("; ", notFired.stream().map(Object::toString).toList()) + "]") + models;
    }
    return dropped.size() + " candidate(s) generated, " + dropped.size() + " dropped: "
        + String.join("; ", dropped.stream().map(OptimizationReport.Drop::toString).toList())
        + (in.useModels() ? "; no other model answer could be used" : "");
  }

  /**
   * The ranked candidates of one target with those changing a hot line moved to the front
   * ({@link HotLineOrder}); the order stands as ranked when the file cannot be read.
   */
  static List<Candidate> hotFirst(List<Candidate> ranked, ProfileEvidence evidence) {
    if (evidence.hotLines().isEmpty() || ranked.isEmpty()) {
      return List.copyOf(ranked);
    }
    String original;
    try {
      original = Files.readString(ranked.get(0).file());
    } catch (IOException | RuntimeException e) {
      return List.copyOf(ranked);
    }
    return List.copyOf(HotLineOrder.hotFirst(ranked, evidence, original, Candidate::patchedSource));
  }

  /**
   * One feedback round of a target: each model answer of the last round that was validated and not
   * accepted, or could not be used, goes back to its model with why; the new candidates are
   * validated. Returns the answers of this round that could not be used (for the next round), or
   * null when nothing was left to ask or the time budget is spent.
   */
  private List<OptimizationReport.Rejection> feedbackRound(OptimizationRequest request, TargetRun run, int round,
      List<OptimizationReport.Rejection> unusable) {
    ProfileEvidence evidence = run.in.evidence().getOrDefault(run.spec, ProfileEvidence.NONE);
    Map<Conversation, Feedback> asks = new LinkedHashMap<>();
    for (int i = run.roundStart; i < run.candidates.size(); i++) {
      Candidate c = run.candidates.get(i);
      Verdict v = run.verdicts.get(i);
      if (c.conversation() != null && v != null && !v.accepted()) {
        asks.put(c.conversation(), VerdictFeedback.of(v, c.patchedSource(), evidence));
      }
    }
    for (OptimizationReport.Rejection r : unusable) {
      asks.put(r.conversation(), Feedback.notUsable(r.reason(), evidence));
    }
    double p = run.progress(round, 0);
    if (asks.isEmpty()) {
      run.listener.stage("feedback", p, "no feedback round for " + run.spec + ": no model answer to give feedback on");
      return null;
    }
    if (System.nanoTime() > run.deadline) {
      run.listener.stage("feedback", p, "time budget of " + run.in.timeBudget().toSeconds() + " s spent; no feedback round "
          + round + " for " + run.spec);
      return null;
    }
    run.listener.stage("feedback", p, "round " + round + "/" + run.rounds + " for " + run.spec + ": telling "
        + asks.size() + " model answer(s) why they were not taken");
    List<Candidate> added = new ArrayList<>();
    List<OptimizationReport.Rejection> stillUnusable = new ArrayList<>();
    for (Map.Entry<Conversation, Feedback> ask : asks.entrySet()) {
      if (System.nanoTime() > run.deadline) {
        run.listener.stage("feedback", p, "time budget spent during round " + round + " for " + run.spec);
        break;
      }
      List<Candidate> known = new ArrayList<>(run.candidates);
      known.addAll(added);
      OptimizationReport revised = optimizer.revise(request, ask.getKey(), ask.getValue(), known);
      added.addAll(revised.candidates());
      for (OptimizationReport.Rejection r : revised.rejections()) {
        run.listener.stage("feedback", p, r.source() + " gave no usable candidate in round " + round + " for " + run.spec
            + ": " + r.reason());
        if (r.conversation() != null) {
          stillUnusable.add(r);
        }
      }
    }
    run.listener.feedbackCandidates(run.spec, round, added);
    run.validate(added, round);
    return stillUnusable;
  }

  /** The state of one target across its rounds. */
  private final class TargetRun {
    final Input in;
    final Listener listener;
    final long deadline;
    final int index;
    final String spec;
    final MethodTarget target;
    final String method;
    final int rounds;
    final List<OptimizationReport.Drop> dropped;
    final List<Candidate> candidates = new ArrayList<>();
    final Map<Integer, Verdict> verdicts = new LinkedHashMap<>();
    final Map<Integer, String> notValidated = new LinkedHashMap<>();
    int accepted = -1;
    int roundStart;
    String original = "";
    String packageName = "";
    /** Asked for once, at the first validation; {@code null} until then. */
    Optional<RecordedCallSource.Selection> recorded;

    TargetRun(Input in, Listener listener, long deadline, int index, String spec, List<OptimizationReport.Drop> dropped) {
      this.in = in;
      this.dropped = dropped;
      this.listener = listener;
      this.deadline = deadline;
      this.index = index;
      this.spec = spec;
      this.target = MethodTarget.parse(spec);
      this.method = spec.substring(spec.indexOf('#') + 1);
      this.rounds = in.useModels() ? in.feedbackRounds() : 0;
    }

    /** Progress at {@code fraction} of round {@code round} of this target, within the whole run. */
    double progress(int round, double fraction) {
      double base = 0.1 + 0.9 * index / in.targets().size();
      double span = 0.9 / in.targets().size();
      return base + span * (round + fraction) / (rounds + 1);
    }

    /** Validates {@code list} (one round's candidates) in order until one is accepted, the cap or the budget. */
    void validate(List<Candidate> list, int round) {
      roundStart = candidates.size();
      candidates.addAll(list);
      if (!list.isEmpty() && original.isEmpty()) {
        original = read(list.get(0).file());
        packageName = JavaSources.parse(original, list.get(0).file().toString()).getPackageDeclaration()
            .map(NodeWithName::getNameAsString).orElse("");
      }
      String of = round == 0 ? spec : spec + " (feedback round " + round + ")";
      int budget = Math.min(list.size(), in.maxValidations());
      if (list.size() > budget) {
        listener.stage("validate", progress(round, 0), (list.size() - budget) + " candidate(s) of " + of
            + " beyond the validation cap of " + budget + " will not be validated");
        for (int j = budget; j < list.size(); j++) {
          notValidated.put(roundStart + j, "beyond the validation cap of " + in.maxValidations());
        }
      }
      for (int j = 0; j < budget && accepted < 0; j++) {
        if (System.nanoTime() > deadline) {
          listener.stage("validate", progress(round, 1), "time budget of " + in.timeBudget().toSeconds()
              + " s spent; " + (list.size() - j) + " candidate(s) of " + of + " not validated");
          for (int k = j; k < budget; k++) {
            notValidated.put(roundStart + k, "the time budget of " + in.timeBudget().toSeconds() + " s was spent");
          }
          break;
        }
        int i = roundStart + j;
        Candidate c = list.get(j);
        double p = progress(round, (double) j / budget);
        listener.stage("validate", p, "validating " + c.source() + " for " + of + " (" + (j + 1) + "/" + budget + ")");
        ValidationRequest request = ValidationRequest.of("c" + index + "-" + i, target.className(), original,
            c.patchedSource(), List.of(method), in.classPath()).withHelperMethods(c.comparedHelpers())
            .withSourcePath(PatchPaths.relative(in.location(), in.sourceRoot(), c.file(), packageName))
            .withPrecondition(in.assume());
        if (recordedCalls().isPresent()) {
          request = request.withRecordedCalls(recordedCalls().get().method(), recordedCalls().get().calls());
        }
        Verdict v = validation.validate(request, e -> listener.stage("validate", p,
            e.stage().name().toLowerCase(Locale.ROOT) + " " + e.status() + ": " + e.message()));
        verdicts.put(i, v);
        listener.verdict(spec, c, v);
        listener.stage("validate", progress(round, (j + 1.0) / budget), c.source()
            + (round == 0 ? "" : " (round " + round + ")") + " " + (v.accepted()
                ? String.format(Locale.ROOT, "accepted, %.2fx faster", v.speedup())
                : v.unproven() ? v.reason() : "rejected: " + v.reason()));
        if (v.accepted()) {
          accepted = i;
        }
      }
    }

    /** The recorded calls of this target, asked of the source once and announced once. */
    Optional<RecordedCallSource.Selection> recordedCalls() {
      if (recorded == null) {
        recorded = in.recorded().select(target.className(), method);
        recorded.ifPresent(r -> listener.stage("validate", progress(0, 0), "replaying "
            + Math.min(r.calls().size(), RecordedCalls.MAX_CALLS) + " recorded call(s) of "
            + r.method() + " after the generated inputs"));
      }
      return recorded;
    }

    TargetResult result() {
      return new TargetResult(spec, target.className(), method, original, candidates, verdicts, accepted, dropped,
          notValidated);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
