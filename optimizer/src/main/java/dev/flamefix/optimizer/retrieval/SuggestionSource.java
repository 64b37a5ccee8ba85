package dev.flamefix.optimizer.retrieval;

import java.util.List;

/** Where suggestions come from: the knowledge base in production, a fixed list in tests. */
@FunctionalInterface
public interface SuggestionSource {
  /** The {@code m} cases most similar to {@code cleanedCode}, most similar first. */
  List<Suggestion> search(String cleanedCode, int m);

  /** A source with nothing in it (recipes-only runs). */
  static SuggestionSource none() {
    return (code, m) -> List.of();
  }
}
