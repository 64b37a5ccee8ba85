package dev.flamefix.server.optimize;

import dev.flamefix.pipeline.CandidatePipeline;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/optimizations}, stored with the job so a restarted server can
 * resume it. The annotations are the checks that need nothing but the request; check them with
 * {@link dev.flamefix.server.web.RequestValidation} together with those that need the server
 * (configured app and models, files), so that one answer lists every problem.
 *
 * @param app a configured application (its source root and class path are used), optional when
 *     {@code source} is given
 * @param source the text of one compilation unit to optimize, instead of the app's sources
 * @param path a {@code .java} file relative to the app's source root, to narrow the search
 * @param targets {@code pkg.Class#method} or {@code pkg.Class#method(Type,...)}, 1..20
 * @param options how to generate candidates
 */
public record OptimizationSpec(
    String app,
    String source,
    String path,
    @Size(min = 1, max = 20, message = "1 to 20 targets like com.acme.Foo#bar are required")
    List<@Size(max = 1000, message = NOT_A_TARGET) @Pattern(regexp = TARGET, message = NOT_A_TARGET) String> targets,
    @Valid Options options) {

  /** {@code pkg.Class#method} or {@code pkg.Class#method(Type,...)}. */
  public static final String TARGET = "[\\w$.]+#[\\w$]+(\\([\\w$.,\\s\\[\\]<>?]*\\))?";
  /** A model name as configured ({@code flamefix.model.name}). */
  public static final String MODEL_NAME = "[\\w.:/\\-]{1,200}";

  private static final String NOT_A_TARGET =
      "not a target (pkg.Class#method or pkg.Class#method(Type,...)): ${validatedValue}";

  public OptimizationSpec {
    targets = targets == null ? List.of() : List.copyOf(targets);
    options = options == null ? Options.DEFAULTS : options;
  }

  /**
   * Candidate generation options; missing fields take the defaults.
   *
   * @param models names of configured models to ask; absent = every configured model, empty = none
   * @param k knowledge-base suggestions per prompt (1..10, default 2)
   * @param candidates answers per model (0..10; 0 = the model's own setting) — also caps
   *     nothing else
   * @param timeBudgetSeconds no new validation starts after this (10..86400; default
   *     {@code flamefix.optimize.time-budget})
   * @param recipes run the recipe engine (default true)
   * @param feedbackRounds feedback rounds per target after the first candidates: a model whose
   *     answer was rejected or unusable is told why and answers again (0..5; default
   *     {@code flamefix.optimize.feedback-rounds}); recipes take no part
   * @param assume a precondition of every target: a boolean Java expression over its parameter
   *     names (and {@code this}), e.g. {@code pos >= 0 && count >= 0}; differential testing skips
   *     inputs outside it and every verdict states it. Must parse, name only parameters and
   *     compile against the target (400 otherwise); absent for none
   */
  public record Options(
      List<@Pattern(regexp = MODEL_NAME, message = NOT_A_MODEL) String> models,
      @Min(value = 1, message = K) @Max(value = 10, message = K) Integer k,
      @Min(value = 0, message = CANDIDATES) @Max(value = 10, message = CANDIDATES) Integer candidates,
      @Min(value = 10, message = BUDGET) @Max(value = 86_400, message = BUDGET) Integer timeBudgetSeconds,
      Boolean recipes,
      @Min(value = 0, message = ROUNDS) @Max(value = CandidatePipeline.Input.MAX_FEEDBACK_ROUNDS, message = ROUNDS)
      Integer feedbackRounds,
      @Size(max = 2000, message = "must be at most 2000 characters") String assume) {
    private static final String NOT_A_MODEL = "not a model name: ${validatedValue}";
    private static final String K = "must be 1..10, was ${validatedValue}";
    private static final String CANDIDATES = "must be 0..10, was ${validatedValue}";
    private static final String BUDGET = "must be 10..86400, was ${validatedValue}";
    private static final String ROUNDS = "must be 0.." + CandidatePipeline.Input.MAX_FEEDBACK_ROUNDS
        + ", was ${validatedValue}";

    public static final Options DEFAULTS = new Options(null, null, null, null, null, null, null);
  }
}
