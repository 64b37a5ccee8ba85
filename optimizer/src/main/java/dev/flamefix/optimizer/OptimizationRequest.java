package dev.flamefix.optimizer;

import dev.flamefix.optimizer.feedback.ProfileEvidence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to optimise and how. Build with {@link #builder(Path)}.
 *
 * @param location a source root or a single {@code .java} file
 * @param targets targets as {@code pkg.Class#method[(types)]}
 * @param k suggestions kept after Algorithm 2 (default 2, as FasterPy)
 * @param m suggestions retrieved before filtering (default 10)
 * @param deltaS similarity tolerance of Algorithm 2 (default 0.05)
 * @param candidatesPerModel answers asked of each model; 0 means the model's configured count
 * @param useRecipes run the recipe engine
 * @param useModels ask the configured models
 * @param progress receives progress messages; never null
 * @param evidence what the production profile says per target (as in {@code targets}): its hot
 *     lines are marked in the prompt and recipes that change them come first; a target without an
 *     entry has none
 * @param useTemplates apply the templates of the retrieved knowledge-base cases (when the optimizer
 *     has a {@link dev.flamefix.optimizer.template.TemplateLibrary}, that is when retrieval is on)
 */
public record OptimizationRequest(
    Path location,
    List<String> targets,
    int k,
    int m,
    double deltaS,
    int candidatesPerModel,
    boolean useRecipes,
    boolean useModels,
    ProgressListener progress,
    Map<String, ProfileEvidence> evidence,
    boolean useTemplates) {

  public OptimizationRequest {
    Objects.requireNonNull(location, "location");
    targets = List.copyOf(targets);
    if (targets.isEmpty()) throw new IllegalArgumentException("at least one target is required");
    if (k < 1 || m < k) throw new IllegalArgumentException("need 1 <= k <= m, got k=" + k + ", m=" + m);
    if (deltaS < 0) throw new IllegalArgumentException("deltaS must be >= 0");
    if (candidatesPerModel < 0) throw new IllegalArgumentException("candidatesPerModel must be >= 0");
    if (!useRecipes && !useModels && !useTemplates) throw new IllegalArgumentException("enable recipes, templates or models");
    if (progress == null) progress = ProgressListener.NONE;
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }

  /** A request with templates on (the product's default). */
  public OptimizationRequest(Path location, List<String> targets, int k, int m, double deltaS, int candidatesPerModel,
      boolean useRecipes, boolean useModels, ProgressListener progress, Map<String, ProfileEvidence> evidence) {
    this(location, targets, k, m, deltaS, candidatesPerModel, useRecipes, useModels, progress, evidence, true);
  }

  public static Builder builder(Path location) {
    return new Builder(location);
  }

  /** Receives human-readable progress for long runs. */
  @FunctionalInterface
  public interface ProgressListener {
    ProgressListener NONE = (stage, target, message) -> {};

    /**
     * @param stage one of resolve, context, retrieve, recipes, model, splice, done
     * @param target the target being worked on
     * @param message what happened
     */
    void onProgress(String stage, String target, String message);
  }

  /** Builder with the documented defaults. */
  public static final class Builder {
    private final Path location;
    private final List<String> targets = new ArrayList<>();
    private int k = 2;
    private int m = 10;
    private double deltaS = 0.05;
    private int candidatesPerModel;
    private boolean useRecipes = true;
    private boolean useModels = true;
    private boolean useTemplates = true;
    private ProgressListener progress = ProgressListener.NONE;
    private Map<String, ProfileEvidence> evidence = Map.of();

    private Builder(Path location) {
      this.location = location;
    }

    public Builder target(String t) { targets.add(t); return this; }
    public Builder targets(List<String> t) { targets.addAll(t); return this; }
    public Builder k(int v) { k = v; return this; }
    public Builder m(int v) { m = v; return this; }
    public Builder deltaS(double v) { deltaS = v; return this; }
    public Builder candidatesPerModel(int v) { candidatesPerModel = v; return this; }
    public Builder useRecipes(boolean v) { useRecipes = v; return this; }
    public Builder useModels(boolean v) { useModels = v; return this; }
    public Builder useTemplates(boolean v) { useTemplates = v; return this; }
    public Builder progress(ProgressListener v) { progress = v; return this; }
    public Builder evidence(Map<String, ProfileEvidence> v) { evidence = v; return this; }

    public OptimizationRequest build() {
      return new OptimizationRequest(location, targets, k, m, deltaS, candidatesPerModel, useRecipes, useModels, progress, evidence,
          useTemplates);
    }
  }
}
