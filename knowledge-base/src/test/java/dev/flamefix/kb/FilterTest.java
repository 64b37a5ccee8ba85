package dev.flamefix.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** FasterPy's Algorithm 2 as {@link KnowledgeBase#filter} implements it. */
class FilterTest {

  static ScoredCase sc(String id, double similarity, double rate) {
    return new ScoredCase(new Case(id, "c", "slow " + id, "", "", rate, 0, CaseSource.SEED, "java"), similarity);
  }

  static List<String> ids(List<ScoredCase> xs) {
    return xs.stream().map(s -> s.match().id()).toList();
  }

  @Test
  void keepsClosestThenHighestRatesWithinTolerance() {
    List<ScoredCase> topM = List.of(
        sc("far-but-fast", 0.50, 100), sc("closest", 0.90, 1.1), sc("near-slow", 0.88, 1.5),
        sc("near-fast", 0.86, 20), sc("near-mid", 0.87, 5), sc("edge", 0.85, 3));
    // Tolerance 0.05: everything from 0.85 up stays; k-1 = 2 highest rates among them.
    assertThat(ids(KnowledgeBase.filter(topM, 3, 0.05))).containsExactly("closest", "near-fast", "near-mid");
  }

  @Test
  void fewerThanKMinusOneWithinToleranceReturnsThemAll() {
    List<ScoredCase> topM = List.of(sc("closest", 0.9, 1), sc("near", 0.89, 2), sc("far", 0.4, 50), sc("farther", 0.3, 60));
    assertThat(ids(KnowledgeBase.filter(topM, 4, 0.02))).containsExactly("closest", "near");
  }

  @Test
  void zeroToleranceKeepsOnlyTies() {
    List<ScoredCase> topM = List.of(sc("a", 0.9, 1), sc("b", 0.9, 7), sc("c", 0.8, 9));
    List<ScoredCase> out = KnowledgeBase.filter(topM, 3, 0.0);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).similarity()).isEqualTo(0.9);
    assertThat(ids(out)).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void kOfOneIsTheClosestOnly() {
    assertThat(ids(KnowledgeBase.filter(List.of(sc("x", 0.2, 9), sc("y", 0.7, 1)), 1, 1.0))).containsExactly("y");
  }

  @Test
  void emptyInputAndBadArguments() {
    assertThat(KnowledgeBase.filter(List.of(), 3, 0.1)).isEmpty();
    assertThatThrownBy(() -> KnowledgeBase.filter(List.of(), 0, 0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KnowledgeBase.filter(List.of(), 2, -0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
