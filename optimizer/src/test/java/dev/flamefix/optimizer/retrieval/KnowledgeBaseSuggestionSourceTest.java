package dev.flamefix.optimizer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.optimizer.prompt.PromptBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter over the real knowledge base (Lucene store, default offline embedder). */
class KnowledgeBaseSuggestionSourceTest {
  @Test
  void mapsCasesToSuggestionsAndNeverLeaksCaseCode(@TempDir Path dir) {
    String slow = "String s = \"\"; for (String w : words) { s += w; } return s; // SLOW-MARKER";
    try (KnowledgeBase kb = KnowledgeBase.builder().luceneStore(dir).loadSeed(false).build()) {
      kb.add(new Case("c-concat", "string-concat-in-loop", slow, "StringBuilder sb = new StringBuilder(); // FAST-MARKER",
          "Append to one StringBuilder.", 12.0, 0.5, CaseSource.SEED, "java"));
      kb.add(new Case("c-regex", "regex-recompiled", "for (String s : xs) if (s.matches(\"a+\")) n++;", "P.matcher(s).matches()",
          "Compile the Pattern once.", 4.0, 0.2, CaseSource.SEED, "java"));
      SuggestionSource source = new KnowledgeBaseSuggestionSource(kb);
      List<Suggestion> found = source.search("String out = \"\"; for (String line : lines) { out += line; } return out;", 2);
      assertThat(found).hasSize(2);
      assertThat(found.get(0).similarity()).isGreaterThanOrEqualTo(found.get(1).similarity());
      Suggestion concat = found.stream().filter(s -> s.caseId().equals("c-concat")).findFirst().orElseThrow();
      assertThat(concat.category()).isEqualTo("string-concat-in-loop");
      assertThat(concat.summary()).isEqualTo("Append to one StringBuilder.");
      assertThat(concat.rate()).isEqualTo(12.0);
      String user = new PromptBuilder().build("class A {}", found).user();
      assertThat(user).contains("Append to one StringBuilder.").doesNotContain("SLOW-MARKER", "FAST-MARKER");
    }
  }
}
