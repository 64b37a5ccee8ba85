package dev.flamefix.pipeline;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.OptimizationReport;
import dev.flamefix.optimizer.OptimizationRequest;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.target.MethodTarget;
import dev.flamefix.validator.ProgressListener;
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
import java.util.function.UnaryOperator;

/**
 * The product's one path from targets to outcomes: the optimizer generates candidates for each
 * target, {@code order} ranks them (the strategy bandit in the server, the optimizer's own order
 * elsewhere), and the validator judges them one by one until one is accepted, the validation cap
 * is reached or the time budget is spent. The server's jobs, {@code flamefix optimize} and
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
   * @param maxValidations candidates validated per target at most
   * @param timeBudget no new validation starts after this much time
   */
  public record Input(Path location, List<String> targets, List<Path> classPath, int k, int candidatesPerModel,
      boolean useRecipes, boolean useModels, int maxValidations, Duration timeBudget) {

    /** Suggestions per prompt unless a request says otherwise. */
    public static final int DEFAULT_K = 2;
    /** Candidates validated per target unless configured otherwise. */
    public static final int DEFAULT_MAX_VALIDATIONS = 4;
    /** Time after which no new validation starts, unless configured otherwise. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(15);

    public Input {
      Objects.requireNonNull(location, "location");
      targets = List.copyOf(targets);
      classPath = List.copyOf(classPath);
      Objects.requireNonNull(timeBudget, "timeBudget");
      if (targets.isEmpty()) {
        throw new IllegalArgumentException("at least one target is required");
      }
      if (k < 1 || candidatesPerModel < 0 || maxValidations < 1) {
        throw new IllegalArgumentException("k and maxValidations must be positive, candidatesPerModel >= 0");
      }
      if (!useRecipes && !useModels) {
        throw new IllegalArgumentException("no candidate source: recipes are off and no model is used");
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

      /** Candidates validated per target at most (default 4). */
      public Builder maxValidations(int value) {
        this.maxValidations = value;
        return this;
      }

      /** No new validation starts after this (default 15 minutes). */
      public Builder timeBudget(Duration value) {
        this.timeBudget = value;
        return this;
      }

      /** The input; throws {@link IllegalArgumentException} for inconsistent settings. */
      public Input build() {
        return new Input(location, targets, classPath, k, candidatesPerModel, useRecipes, useModels,
            maxValidations, timeBudget);
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
   * @param candidates the candidates in validation order
   * @param verdicts verdicts by candidate index in {@code candidates}; missing when not validated
   * @param accepted index of the accepted candidate, or -1
   */
  public record TargetResult(String target, String className, String methodName, String originalSource,
      List<Candidate> candidates, Map<Integer, Verdict> verdicts, int accepted) {

    public TargetResult {
      candidates = List.copyOf(candidates);
      verdicts = Map.copyOf(verdicts);
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

  /** Runs every target; throws the optimizer's exception for a target it cannot resolve. */
  public List<TargetResult> run(Input in, Listener listener) {
    long deadline = System.nanoTime() + in.timeBudget().toNanos();
    int n = in.targets().size();
    listener.stage("optimize", 0.02, "generating candidates for " + String.join(", ", in.targets())
        + (in.useRecipes() ? " (recipes" + (in.useModels() ? " and models)" : ")") : " (models)"));
    OptimizationReport report = optimizer.run(OptimizationRequest.builder(in.location()).targets(in.targets())
        .k(in.k()).m(Math.max(10, in.k())).candidatesPerModel(in.candidatesPerModel())
        .useRecipes(in.useRecipes()).useModels(in.useModels())
        .progress((stage, target, message) -> listener.stage("optimize", 0.05, "[" + stage + "] " + target + ": " + message))
        .build());
    for (OptimizationReport.Rejection r : report.rejections()) {
      listener.stage("optimize", 0.1, r.source() + " gave no usable candidate for " + r.target() + ": " + r.reason());
    }
    List<TargetResult> results = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      String spec = in.targets().get(t);
      double base = 0.1 + 0.9 * t / n;
      double span = 0.9 / n;
      MethodTarget target = MethodTarget.parse(spec);
      List<Candidate> mine = report.candidates().stream().filter(c -> c.target().equals(spec)).toList();
      List<Candidate> ordered = mine.isEmpty() ? List.of() : List.copyOf(order.apply(mine));
      listener.candidates(spec, ordered);
      String original = ordered.isEmpty() ? "" : read(ordered.get(0).file());
      String method = spec.substring(spec.indexOf('#') + 1);
      Map<Integer, Verdict> verdicts = new LinkedHashMap<>();
      int accepted = -1;
      if (ordered.isEmpty()) {
        listener.stage("validate", base + span, "no candidate for " + spec + ": no recipe fired"
            + (in.useModels() ? " and no model answer could be used" : " (no model configured)"));
      }
      int budget = Math.min(ordered.size(), in.maxValidations());
      if (ordered.size() > budget) {
        listener.stage("validate", base, (ordered.size() - budget) + " candidate(s) of " + spec
            + " beyond the validation cap of " + budget + " will not be validated");
      }
      for (int i = 0; i < budget && accepted < 0; i++) {
        if (System.nanoTime() > deadline) {
          listener.stage("validate", base + span, "time budget of " + in.timeBudget().toSeconds()
              + " s spent; " + (ordered.size() - i) + " candidate(s) of " + spec + " not validated");
          break;
        }
        Candidate c = ordered.get(i);
        double p = base + span * i / budget;
        listener.stage("validate", p, "validating " + c.source() + " for " + spec + " (" + (i + 1) + "/" + budget + ")");
        ValidationRequest request = ValidationRequest.of("c" + t + "-" + i, target.className(), original,
            c.patchedSource(), List.of(method), in.classPath());
        Verdict v = validation.validate(request, e -> listener.stage("validate", p,
            e.stage().name().toLowerCase(Locale.ROOT) + " " + e.status() + ": " + e.message()));
        verdicts.put(i, v);
        listener.verdict(spec, c, v);
        listener.stage("validate", base + span * (i + 1) / budget, c.source() + " " + (v.accepted()
            ? String.format(Locale.ROOT, "accepted, %.2fx faster", v.speedup())
            : v.unproven() ? v.reason() : "rejected: " + v.reason()));
        if (v.accepted()) {
          accepted = i;
        }
      }
      results.add(new TargetResult(spec, target.className(), method, original, ordered, verdicts, accepted));
    }
    listener.stage("done", 1.0, results.stream().filter(r -> r.accepted() >= 0).count() + " of " + n
        + " target(s) got an accepted candidate");
    return results;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
