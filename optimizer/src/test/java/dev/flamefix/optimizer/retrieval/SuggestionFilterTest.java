package dev.flamefix.optimizer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionFilterTest {
  static Suggestion s(String id, double sim, double rate) {
    return new Suggestion(id, "cat", "sum " + id, sim, rate);
  }

  @Test
  void keepsClosestThenHighestRateWithinDelta() {
    List<Suggestion> topM = List.of(s("a", 0.90, 1.1), s("b", 0.88, 9.0), s("c", 0.87, 4.0), s("d", 0.60, 50.0), s("e", 0.86, 2.0));
    assertThat(SuggestionFilter.filter(topM, 3, 0.05)).extracting(Suggestion::caseId).containsExactly("a", "b", "c");
  }

  @Test
  void fewerThanKMinusOneNearTakesAllNear() {
    List<Suggestion> topM = List.of(s("a", 0.90, 1), s("b", 0.70, 9), s("c", 0.89, 2), s("d", 0.50, 3));
    assertThat(SuggestionFilter.filter(topM, 3, 0.05)).extracting(Suggestion::caseId).containsExactly("a", "c");
  }

  @Test
  void atMostKReturnsAllByDescendingSimilarity() {
    assertThat(SuggestionFilter.filter(List.of(s("a", 0.2, 1), s("b", 0.9, 1)), 2, 0.0)).extracting(Suggestion::caseId).containsExactly("b", "a");
    assertThat(SuggestionFilter.filter(List.of(), 2, 0.1)).isEmpty();
  }
}
