package dev.flamefix.optimizer;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import dev.flamefix.optimizer.OptimizationReport.Drop;
import dev.flamefix.optimizer.OptimizationReport.NotFired;
import dev.flamefix.optimizer.OptimizationReport.Rejection;
import dev.flamefix.optimizer.context.CleanedContext;
import dev.flamefix.optimizer.context.ContextExtractor;
import dev.flamefix.optimizer.feedback.Feedback;
import dev.flamefix.optimizer.model.AnswerParser;
import dev.flamefix.optimizer.model.Conversation;
import dev.flamefix.optimizer.model.ModelAnswer;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.feedback.HotLineOrder;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.prompt.Prompt;
import dev.flamefix.optimizer.prompt.PromptBuilder;
import dev.flamefix.optimizer.recipe.RecipeEngine;
import dev.flamefix.optimizer.recipe.RecipeOutcome;
import dev.flamefix.optimizer.redact.Redactor;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.optimizer.retrieval.SuggestionFilter;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.optimizer.splice.SpliceRejectedException;
import dev.flamefix.optimizer.splice.SpliceResult;
import dev.flamefix.optimizer.splice.Splicer;
import dev.flamefix.optimizer.target.JavaSources;
import dev.flamefix.optimizer.target.ResolvedTarget;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.optimizer.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optimizer facade: for each target, resolve it, extract its context (Algorithm 1), retrieve
 * and filter suggestions (Algorithm 2), run the recipe engine, apply the retrieved cases' templates
 * (when the optimizer has a {@link TemplateLibrary}), ask each configured model with the
 * SPEC §4 prompt (redacted if the model's options say so), splice the answers, and return every
 * distinct candidate. {@link #revise} continues a model's conversation with why its candidate was
 * not taken (a feedback round). Plain Java: the server wires it.
 */
public final class Optimizer {
  private final SuggestionSource suggestions;
  private final List<ModelClient> models;
  private final RecipeEngine recipes;
  private final ContextExtractor extractor;
  private final PromptBuilder prompts;
  private final TemplateLibrary templates;
  private final Splicer splicer = new Splicer();
  private final Redactor redactor = new Redactor();

  /**
   * @param suggestions knowledge-base access ({@link SuggestionSource#none()} for none)
   * @param models model clients to ask (may be empty: recipes only)
   */
  public Optimizer(SuggestionSource suggestions, List<ModelClient> models) {
    this(suggestions, models, null);
  }

  /**
   * @param suggestions knowledge-base access ({@link SuggestionSource#none()} for none)
   * @param models model clients to ask (may be empty)
   * @param templates the retrieved cases' templates, or null for none (retrieval off)
   */
  public Optimizer(SuggestionSource suggestions, List<ModelClient> models, TemplateLibrary templates) {
    this(suggestions, models, new RecipeEngine(), new ContextExtractor(), new PromptBuilder(), templates);
  }

  public Optimizer(SuggestionSource suggestions, List<ModelClient> models, RecipeEngine recipes,
      ContextExtractor extractor, PromptBuilder prompts) {
    this(suggestions, models, recipes, extractor, prompts, null);
  }

  public Optimizer(SuggestionSource suggestions, List<ModelClient> models, RecipeEngine recipes,
      ContextExtractor extractor, PromptBuilder prompts, TemplateLibrary templates) {
    this.templates = templates;
    this.suggestions = suggestions;
    this.models = List.copyOf(models);
    this.recipes = recipes;
    this.extractor = extractor;
    this.prompts = prompts;
  }

  /** The candidates for every target of the request, de-duplicated, recipes first. */
  public List<Candidate> optimize(OptimizationRequest request) {
    return run(request).candidates();
  }

  /** Like {@link #optimize} but also returns rejected answers and the cleaned contexts. */
  public OptimizationReport run(OptimizationRequest request) {
    TargetResolver resolver = new TargetResolver(request.location());
    List<Candidate> out = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<Drop> dropped = new ArrayList<>();
    List<NotFired> notFired = new ArrayList<>();
    Map<String, CleanedContext> contexts = new LinkedHashMap<>();
    Map<String, String> seen = new HashMap<>();
    var progress = request.progress();
    for (String spec : request.targets()) {
      int madeBefore = out.size();
      int droppedBefore = dropped.size();
      progress.onProgress("resolve", spec, "resolving");
      ResolvedTarget t = resolver.resolve(spec);
      progress.onProgress("context", spec, "extracting context from " + t.file());
      CleanedContext context = extractor.extract(t.source(), List.of(t.method()));
      contexts.put(spec, context);
      progress.onProgress("context", spec, String.format(Locale.ROOT, "context %d -> %d tokens", context.originalTokens(), context.cleanedTokens()));
      boolean modelsOn = request.useModels() && !models.isEmpty();
      boolean templatesOn = request.useTemplates() && templates != null;
      List<Suggestion> kept = List.of();
      List<Suggestion> forTemplates = List.of();
      if (modelsOn || templatesOn) {
        progress.onProgress("retrieve", spec, "searching top " + request.m());
        List<Suggestion> topM = suggestions.search(context.code(), request.m());
        kept = modelsOn ? SuggestionFilter.filter(topM, request.k(), request.deltaS()) : List.of();
        forTemplates = templatesOn
            ? SuggestionFilter.filter(topM, Math.max(request.k(), TemplateLibrary.TOP_K),
                Math.max(request.deltaS(), TemplateLibrary.DELTA_S)) : List.of();
        progress.onProgress("retrieve", spec, (modelsOn ? kept.size() + " suggestion(s) kept" : "")
            + (modelsOn && templatesOn ? ", " : "") + (templatesOn ? forTemplates.size() + " case(s) to try as templates" : ""));
      }
      String original = normalised(t.source());
      if (request.useRecipes()) {
        progress.onProgress("recipes", spec, "running " + recipes.recipes().size() + " recipes");
        RecipeEngine.Result run = recipes.run(t.source(), t.sourceRoot(), t.method().getRange().orElseThrow());
        for (RecipeEngine.NotFired n : run.notFired()) {
          NotFired note = new NotFired("recipe:" + n.recipeId(), spec, n.reason());
          notFired.add(note);
          progress.onProgress("recipes", spec, "not fired: " + note);
        }
        List<RecipeOutcome> fired = HotLineOrder.hotFirst(run.fired(),
            request.evidence().getOrDefault(spec, ProfileEvidence.NONE), t.source(), RecipeOutcome::patchedSource);
        for (RecipeOutcome o : fired) {
          offer(new Candidate(o.source(), spec, t.file(), o.patchedSource(), o.changedMethods(), o.explanation(), List.of()),
              original, out, seen, dropped, progress);
        }
      }
      if (!forTemplates.isEmpty()) {
        progress.onProgress("templates", spec, "trying the templates of " + forTemplates.size() + " retrieved case(s)");
        List<TemplateLibrary.Applied> applied =
            templates.apply(t.source(), t.sourceRoot(), t.method().getRange().orElseThrow(), forTemplates);
        progress.onProgress("templates", spec, applied.size() + " template(s) matched");
        for (TemplateLibrary.Applied a : applied) {
          offer(new Candidate(a.source(), spec, t.file(), a.outcome().patchedSource(), a.outcome().changedMethods(),
              a.explanation() + "\n" + a.outcome().explanation(), List.of(a.suggestion())), original, out, seen, dropped, progress);
        }
      }
      if (request.useModels()) {
        for (ModelClient client : models) {
          askModel(client, request, t, spec, context, kept, out, seen, rejections, dropped);
        }
      }
      // Counted per target: a running total made a target without candidates look like it had one.
      int lost = dropped.size() - droppedBefore;
      progress.onProgress("done", spec, (out.size() - madeBefore) + " candidate(s) for this target"
          + (lost == 0 ? "" : ", " + lost + " more dropped"));
    }
    return new OptimizationReport(out, rejections, contexts, dropped, notFired);
  }

  private void askModel(ModelClient client, OptimizationRequest request, ResolvedTarget t, String spec, CleanedContext context,
      List<Suggestion> kept, List<Candidate> out, Map<String, String> seen, List<Rejection> rejections, List<Drop> dropped) {
    String label = client.options().label();
    // Marked before redaction: the marks are percentages only, and redaction must see the final text.
    String marked = prompts.markHotLines(context.code(), request.evidence().getOrDefault(spec, ProfileEvidence.NONE),
        t.source());
    Redactor.Redaction redaction = client.options().redact() ? redactor.redact(marked) : null;
    String code = redaction == null ? marked : redaction.text();
    Prompt prompt = prompts.build(code, kept, templates == null ? Map.of() : templates.describe(kept));
    int n = request.candidatesPerModel() > 0 ? request.candidatesPerModel() : client.options().candidates();
    var progress = request.progress();
    progress.onProgress("model", spec, "asking " + label + " for " + n + " candidate(s)");
    List<ModelAnswer> answers = client.ask(prompt, n);
    for (ModelAnswer a : answers) {
      if (!a.ok()) {
        rejections.add(new Rejection(label, spec, "call failed: " + a.exchange().status() + " after "
            + a.exchange().attempts() + " attempt(s): " + a.exchange().error()));
        continue;
      }
      use(a, Conversation.first(label, spec, prompt, a.text(), redaction, kept), t, out, seen, rejections, dropped, progress);
    }
  }

  /**
   * A feedback round on one conversation: tells the model why its last answer was not taken (the
   * {@code [feedback]} message, redacted like the first prompt) and splices its new answer. The
   * report holds the new candidate, unless the answer repeats one of {@code known} or cannot be
   * used: then a rejection saying so, with the longer conversation for the next round.
   *
   * @param request the request of the first round (its location and progress listener are used)
   * @param conversation the conversation behind the rejected candidate or unusable answer
   * @param feedback why it was not taken
   * @param known the candidates so far, which a new answer must differ from
   * @throws IllegalArgumentException if no model of this optimizer has the conversation's label
   */
  public OptimizationReport revise(OptimizationRequest request, Conversation conversation, Feedback feedback,
      Collection<Candidate> known) {
    ModelClient client = models.stream().filter(m -> m.options().label().equals(conversation.model())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model " + conversation.model() + " to continue with"));
    String spec = conversation.target();
    ResolvedTarget t = new TargetResolver(request.location()).resolve(spec);
    String message = prompts.feedback(feedback, t.source());
    if (conversation.redaction() != null) {
      message = conversation.redaction().hide(message);
    }
    int round = conversation.round() + 1;
    var progress = request.progress();
    progress.onProgress("model", spec, "round " + round + ": asking " + conversation.model() + " again, with why its answer was "
        + feedback.outcome());
    ModelAnswer a = client.askAgain(conversation, message, 0);
    List<Candidate> out = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<Drop> dropped = new ArrayList<>();
    if (!a.ok()) {
      rejections.add(new Rejection(conversation.model(), spec, "round " + round + " call failed: " + a.exchange().status()
          + " after " + a.exchange().attempts() + " attempt(s): " + a.exchange().error()));
    } else {
      Map<String, String> seen = new HashMap<>();
      known.forEach(c -> seen.putIfAbsent(key(c), c.source()));
      use(a, conversation.continued(message, a.text()), t, out, seen, rejections, dropped, progress);
    }
    return new OptimizationReport(out, rejections, Map.of(), dropped, List.of());
  }

  /** Splices one answer into a candidate, or records why it cannot be used. */
  private void use(ModelAnswer a, Conversation conversation, ResolvedTarget t, List<Candidate> out, Map<String, String> seen,
      List<Rejection> rejections, List<Drop> dropped, OptimizationRequest.ProgressListener progress) {
    String label = conversation.model();
    String spec = conversation.target();
    Redactor.Redaction redaction = conversation.redaction();
    String text = redaction == null ? a.text() : redaction.restore(a.text());
    AnswerParser.Extracted code2 = AnswerParser.extract(text);
    try {
      if (code2.blocks().isEmpty()) throw new SpliceRejectedException("answer has no Java code");
      SpliceResult r = splicer.splice(t.source(), List.of(t.method()), code2.blocks(), t.sourceRoot());
      String explanation = label + (conversation.round() > 0 ? " round " + conversation.round() : "") + " answer ("
          + a.exchange().elapsed().toMillis() + " ms, " + a.exchange().attempts()
          + " attempt(s)" + (a.truncated() || code2.truncated() ? ", truncated output" : "") + "); changed "
          + String.join(", ", r.changedMethods()) + (r.addedMembers().isEmpty() ? "" : "; added " + String.join(", ", r.addedMembers()))
          + (r.addedImports().isEmpty() ? "" : "; imports " + String.join(", ", r.addedImports()));
      List<String> changed = new ArrayList<>(r.changedMethods());
      changed.addAll(r.addedMembers());
      Candidate c = new Candidate(label, spec, t.file(), r.patchedSource(), changed, explanation,
          conversation.suggestions(), conversation, r.comparedHelpers());
      String earlier = addIfNew(out, seen, c);
      if (earlier != null) {
        if (conversation.round() > 0) {
          // A repeat in a feedback round goes back to the model, which can still do better.
          rejections.add(new Rejection(label, spec, "the answer repeats an earlier candidate", conversation));
        } else {
          drop(dropped, progress, c, "the same code as " + earlier);
        }
        return;
      }
      progress.onProgress("splice", spec, label + " answer spliced");
    } catch (SpliceRejectedException e) {
      String reason = (a.truncated() || code2.truncated() ? "truncated output; " : "") + e.getMessage();
      rejections.add(new Rejection(label, spec, reason, conversation));
      progress.onProgress("splice", spec, label + " answer rejected: " + reason);
    }
  }

  /** Keeps a recipe's or template's candidate unless it changes nothing or repeats an earlier one (then says why). */
  private static void offer(Candidate c, String original, List<Candidate> out, Map<String, String> seen, List<Drop> dropped,
      OptimizationRequest.ProgressListener progress) {
    if (normalised(c.patchedSource()).equals(original)) {
      drop(dropped, progress, c, "its code is the original's (only layout or comments differ)");
      return;
    }
    String earlier = addIfNew(out, seen, c);
    if (earlier != null) {
      drop(dropped, progress, c, "the same code as " + earlier);
    }
  }

  /** Adds {@code c} unless its code repeats an earlier candidate's; returns that candidate's source, else null. */
  private static String addIfNew(List<Candidate> out, Map<String, String> seen, Candidate c) {
    String earlier = seen.putIfAbsent(key(c), c.source());
    if (earlier == null) out.add(c);
    return earlier;
  }

  private static void drop(List<Drop> dropped, OptimizationRequest.ProgressListener progress, Candidate c, String reason) {
    Drop d = new Drop(c.source(), c.target(), reason);
    dropped.add(d);
    progress.onProgress("dropped", c.target(), d + " (not validated)");
  }

  private static String key(Candidate c) {
    return c.target() + "\n" + normalised(c.patchedSource());
  }

  /** Code without comments and layout, so reformatted duplicates collapse. */
  static String normalised(String source) {
    try {
      CompilationUnit cu = JavaSources.parse(source, "candidate");
      cu.getAllContainedComments().forEach(Comment::remove);
      return cu.toString().replaceAll("\\s+", " ");
    } catch (OptimizerException e) {
      return source.replaceAll("\\s+", " ");
    }
  }
}
