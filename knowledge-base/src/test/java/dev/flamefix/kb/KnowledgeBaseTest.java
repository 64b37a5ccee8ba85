package dev.flamefix.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.kb.embed.CodeEmbedder;
import dev.flamefix.kb.embed.CombinedEmbedder;
import dev.flamefix.kb.embed.Vectors;
import dev.flamefix.kb.store.CaseFilter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

  static final String FIXTURE = "/fixture/cases.jsonl";
  static final CodeEmbedder EMBEDDER = CombinedEmbedder.createDefault();

  @TempDir Path dir;

  KnowledgeBase open(Path where) {
    return KnowledgeBase.builder().luceneStore(where).embedder(EMBEDDER).seedResource(FIXTURE).build();
  }

  @Test
  void seedIsLoadedIntoAnEmptyStoreOnceAndLearnedCasesPersist() {
    Case learned;
    try (KnowledgeBase kb = open(dir)) {
      assertThat(kb.count()).isEqualTo(16);
      learned = kb.addLearned("string-concat-in-loop", "String s = \"\"; for (int i : xs) s += i;",
          "StringBuilder b = new StringBuilder(); for (int i : xs) b.append(i);", "Use a StringBuilder.", 7.5, 0.4);
      assertThat(learned.source()).isEqualTo(CaseSource.LEARNED);
      assertThat(learned.id()).startsWith("learned-");
    }
    try (KnowledgeBase kb = open(dir)) {
      // Not re-seeded: the store was not empty.
      assertThat(kb.count()).isEqualTo(17);
      assertThat(kb.get(learned.id())).contains(learned);
      assertThat(kb.search("String s = \"\"; for (int i : xs) s += i;", 1, CaseFilter.source(CaseSource.LEARNED)))
          .singleElement().satisfies(s -> assertThat(s.match().rate()).isEqualTo(7.5));
    }
  }

  @Test
  void heldOutSnippetFindsItsAntiPattern() {
    try (KnowledgeBase kb = open(dir)) {
      String query = "String csv(int[] xs) {\n  String line = \"\";\n  for (int x : xs) line = line + x + \";\";\n  return line;\n}";
      List<ScoredCase> hits = kb.search(query, 5);
      assertThat(hits).hasSize(5);
      assertThat(hits.get(0).match().category()).isEqualTo("string-concat-in-loop");
      List<ScoredCase> suggestions = kb.suggest(query, 10, 3, 0.2);
      assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(suggestions.get(0)).isEqualTo(hits.get(0));
    }
  }

  @Test
  void pieImportKeepsGoodLinesAndReportsBadOnes() throws Exception {
    String pie = String.join("\n",
        "{\"input\":\"for (String w : ws) if (stop.contains(w)) n++;\",\"target\":\"Set<String> s = new HashSet<>(stop);\",\"summary\":\"hash set\",\"rate\":4.2}",
        "this is not json",
        "{\"target\":\"x\",\"summary\":\"no input\",\"rate\":2}",
        "",
        "{\"input\":\"int x = 1;\",\"target\":\"int x = 1;\",\"summary\":\"nothing\",\"rate\":-3}",
        "{\"input\":\"long f(int n) { return n < 2 ? n : f(n-1) + f(n-2); }\",\"target\":\"memo\",\"summary\":\"memoize\",\"rate\":\"120\",\"category\":\"missing-memoization\"}");
    try (KnowledgeBase kb = KnowledgeBase.builder().luceneStore(dir).embedder(EMBEDDER).loadSeed(false).build()) {
      ImportResult r = kb.importPieJsonl(new StringReader(pie));
      assertThat(r.imported()).isEqualTo(2);
      assertThat(r.errors()).extracting(ImportResult.LineError::line).containsExactly(2, 3, 5);
      assertThat(r.errors().get(0).message()).contains("not valid JSON");
      assertThat(r.errors().get(1).message()).contains("input");
      assertThat(r.errors().get(2).message()).contains("rate");
      assertThat(kb.count()).isEqualTo(2);
      List<Case> all = kb.search("if (stop.contains(w))", 5).stream().map(ScoredCase::match).toList();
      assertThat(all).allSatisfy(c -> assertThat(c.source()).isEqualTo(CaseSource.IMPORT));
      assertThat(all).extracting(Case::category).containsExactlyInAnyOrder(Case.UNCATEGORIZED, "missing-memoization");
    }
  }

  @Test
  void exportThenImportReproducesTheStore() throws Exception {
    StringWriter first = new StringWriter();
    try (KnowledgeBase kb = open(dir.resolve("a"))) {
      kb.addLearned("loop-invariant", "for (...) x += Math.pow(b, e);", "double f = Math.pow(b, e);", "hoist", 3, 0);
      assertThat(kb.exportJsonl(first)).isEqualTo(17);
    }
    StringWriter second = new StringWriter();
    try (KnowledgeBase kb = KnowledgeBase.builder().luceneStore(dir.resolve("b")).embedder(EMBEDDER).loadSeed(false).build()) {
      ImportResult r = kb.importJsonl(new StringReader(first.toString()));
      assertThat(r.ok()).isTrue();
      assertThat(r.imported()).isEqualTo(17);
      kb.exportJsonl(second);
    }
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void deleteRemovesACase() {
    try (KnowledgeBase kb = open(dir)) {
      assertThat(kb.delete("fixture-00")).isTrue();
      assertThat(kb.delete("fixture-00")).isFalse();
      assertThat(kb.count()).isEqualTo(15);
    }
  }

  @Test
  void storeBuiltWithAnotherEmbedderIsRefusedClearly() {
    try (KnowledgeBase kb = open(dir)) {
      assertThat(kb.count()).isPositive();
    }
    CodeEmbedder other = new CodeEmbedder() {
      @Override public int dimension() { return EMBEDDER.dimension(); }
      @Override public String id() { return "other-embedder"; }
      @Override public float[] embed(String code) { return Vectors.normalize(EMBEDDER.embed(code)); }
    };
    assertThatThrownBy(() -> KnowledgeBase.builder().luceneStore(dir).embedder(other).build())
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("other-embedder")
        .hasMessageContaining(EMBEDDER.id());
    // The refused open left the store usable.
    try (KnowledgeBase kb = open(dir)) {
      assertThat(kb.count()).isEqualTo(16);
    }
  }

  @Test
  void caseRejectsMissingCodeAndNonPositiveRate() {
    assertThatThrownBy(() -> new Case("x", "c", " ", "", "", 2, 0, CaseSource.SEED, "java"))
        .hasMessageContaining("slowCode");
    assertThatThrownBy(() -> new Case("x", "c", "code", "", "", 0, 0, CaseSource.SEED, "java"))
        .hasMessageContaining("rate");
    assertThatThrownBy(() -> new Case("x", "c", "code", "", "", Double.NaN, 0, CaseSource.SEED, "java"))
        .hasMessageContaining("rate");
  }
}
