package dev.flamefix.optimizer.retrieval;

import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.ScoredCase;
import java.util.List;

/**
 * The production {@link SuggestionSource}: the knowledge base's top-m search over the cleaned code
 * (it embeds the code itself). Only id, category, summary, similarity and rate cross over; the
 * case's slow and fast code stay in the knowledge base.
 */
public final class KnowledgeBaseSuggestionSource implements SuggestionSource {
  private final KnowledgeBase knowledgeBase;

  public KnowledgeBaseSuggestionSource(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  @Override
  public List<Suggestion> search(String cleanedCode, int m) {
    return knowledgeBase.search(cleanedCode, m).stream().map(KnowledgeBaseSuggestionSource::toSuggestion).toList();
  }

  static Suggestion toSuggestion(ScoredCase sc) {
    return new Suggestion(sc.match().id(), sc.match().category(), sc.match().summary(), sc.similarity(), sc.match().rate());
  }
}
