package dev.flamefix.server.optimize;

import java.util.List;

/**
 * The body of {@code POST /api/optimizations}, stored with the job so a restarted server can
 * resume it.
 *
 * @param app a configured application (its source root and class path are used), optional when
 *     {@code source} is given
 * @param source the text of one compilation unit to optimize, instead of the app's sources
 * @param path a {@code .java} file relative to the app's source root, to narrow the search
 * @param targets {@code pkg.Class#method} or {@code pkg.Class#method(Type,...)}, 1..20
 * @param options how to generate candidates
 */
public record OptimizationSpec(String app, String source, String path, List<String> targets, Options options) {

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
   */
  public record Options(List<String> models, Integer k, Integer candidates, Integer timeBudgetSeconds, Boolean recipes) {
    public static final Options DEFAULTS = new Options(null, null, null, null, null);
  }
}
