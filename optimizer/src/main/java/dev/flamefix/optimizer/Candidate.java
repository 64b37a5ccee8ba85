package dev.flamefix.optimizer;

import dev.flamefix.optimizer.model.Conversation;
import dev.flamefix.optimizer.retrieval.Suggestion;
import java.nio.file.Path;
import java.util.List;

/**
 * One proposed rewrite of a hot method: a complete compilation unit ready for the validator.
 *
 * @param source where it came from: {@code recipe:<id>} (or {@code recipe:<id>+<id>}) or {@code
 *     model:<name>}
 * @param target the target as requested, e.g. {@code com.acme.Foo#bar}
 * @param file the original source file the patch replaces
 * @param patchedSource the whole patched file; it parses
 * @param changedMethods signatures of the methods whose code changed, then members added
 * @param explanation what changed and why it is believed behaviour-preserving (recipes), or the
 *     model's exchange summary
 * @param suggestions the knowledge-base suggestions that were in the prompt (empty for recipes)
 * @param conversation the chat with the model that produced it, which a feedback round continues;
 *     null for recipes
 * @param comparedHelpers methods other than the target whose code changed, as validator
 *     selectors ({@code name(Type,...)}): the validator compares each on its own next to the
 *     target, since the target's calls may never reach what changed in them
 */
public record Candidate(
    String source,
    String target,
    Path file,
    String patchedSource,
    List<String> changedMethods,
    String explanation,
    List<Suggestion> suggestions,
    Conversation conversation,
    List<String> comparedHelpers) {
  public Candidate {
    changedMethods = List.copyOf(changedMethods);
    suggestions = List.copyOf(suggestions);
    comparedHelpers = List.copyOf(comparedHelpers);
  }

  /** A candidate of a model conversation that changed no method besides its target. */
  public Candidate(String source, String target, Path file, String patchedSource, List<String> changedMethods,
      String explanation, List<Suggestion> suggestions, Conversation conversation) {
    this(source, target, file, patchedSource, changedMethods, explanation, suggestions, conversation,
        List.of());
  }

  /** A candidate no model conversation stands behind (a recipe's) that changed only its target. */
  public Candidate(String source, String target, Path file, String patchedSource, List<String> changedMethods,
      String explanation, List<Suggestion> suggestions) {
    this(source, target, file, patchedSource, changedMethods, explanation, suggestions, null, List.of());
  }

  /** The feedback round that produced it: 0 for recipes and first answers. */
  public int round() {
    return conversation == null ? 0 : conversation.round();
  }
}
