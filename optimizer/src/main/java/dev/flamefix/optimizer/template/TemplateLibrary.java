package dev.flamefix.optimizer.template;

import com.github.javaparser.JavaParser;
import com.github.javaparser.Range;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.optimizer.recipe.RecipeEngine;
import dev.flamefix.optimizer.recipe.RecipeOutcome;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.optimizer.target.JavaSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The knowledge base's cases as generators: learns each retrieved case's {@link Template} once
 * (cached by case id, including "this case has none") and applies it to a target method. What it
 * returns is ordered by expected gain, the case's measured rate times its similarity to the target.
 */
public final class TemplateLibrary {
  /** Cases whose templates are tried per target, after Algorithm 2 (more than a prompt's k: a miss costs only a match). */
  public static final int TOP_K = 6;
  /**
   * Algorithm 2's similarity tolerance for templates: wider than a prompt's, since a template only
   * yields a candidate where it matches exactly, and candidates are capped and ordered by gain.
   */
  public static final double DELTA_S = 0.15;

  private final Function<String, Optional<Case>> cases;
  private final TemplateLearner learner = new TemplateLearner();
  private final RecipeEngine engine = new RecipeEngine(List.of());
  private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

  /** @param cases looks a case up by id (the knowledge base's {@code get}) */
  public TemplateLibrary(Function<String, Optional<Case>> cases) {
    this.cases = cases;
  }

  /** The library over {@code knowledgeBase}'s cases. */
  public static TemplateLibrary of(KnowledgeBase knowledgeBase) {
    return new TemplateLibrary(knowledgeBase::get);
  }

  /** The case's template, learned on first use; empty when the case is unknown or its fix is not a local rewrite. */
  public Optional<Template> template(String caseId) {
    return cache.computeIfAbsent(caseId, id -> cases.apply(id).flatMap(learner::learn));
  }

  /**
   * One template that fired.
   *
   * @param suggestion the retrieved case it came from
   * @param template the case's template
   * @param outcome the patched file and what changed
   */
  public record Applied(Suggestion suggestion, Template template, RecipeOutcome outcome) {
    /** The case's measured rate times its similarity to the target. */
    public double expectedGain() {
      return suggestion.rate() * Math.max(0, suggestion.similarity());
    }

    /** {@code template:<caseId>}. */
    public String source() {
      return "template:" + suggestion.caseId();
    }

    /** What was done, citing the case and its measured rate. */
    public String explanation() {
      return String.format(Locale.ROOT, "[template:%s] rewrite learned from knowledge-base case %s (%s): %.2fx faster "
              + "in its JMH measurement, similarity %.2f to this method; %s",
          suggestion.caseId(), suggestion.caseId(), suggestion.category(), suggestion.rate(), suggestion.similarity(),
          suggestion.summary().replaceAll("\\s+", " ").strip());
    }
  }

  /**
   * Applies each suggestion's template to the method at {@code range} of {@code source}, each on a
   * fresh parse.
   *
   * @param sourceRoot lets the symbol solver see the project's other classes; may be null
   * @return the templates that fired, highest expected gain first
   */
  public List<Applied> apply(String source, Path sourceRoot, Range range, List<Suggestion> suggestions) {
    JavaParser parser = JavaSources.parser(sourceRoot);
    List<Applied> out = new ArrayList<>();
    for (Suggestion s : suggestions) {
      Optional<Template> t = template(s.caseId());
      if (t.isEmpty()) continue;
      engine.applyOne(parser, source, range, List.of(new TemplateRecipe(t.get())))
          .ifPresent(o -> out.add(new Applied(s, t.get(), o)));
    }
    out.sort(Comparator.comparingDouble(Applied::expectedGain).reversed());
    return out;
  }

  /** The templates of {@code suggestions} as text for a model prompt, by case id (cases without one are absent). */
  public Map<String, String> describe(List<Suggestion> suggestions) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Suggestion s : suggestions) {
      template(s.caseId()).ifPresent(t -> out.put(s.caseId(), t.describe()));
    }
    return out;
  }
}
