package dev.flamefix.bench.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseJson;
import dev.flamefix.kb.CaseSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus (the knowledge base's seed resource) is readable by the knowledge base,
 * meets the corpus rules, and was generated from the current seed source, so an edited pair that
 * was not re-measured is caught.
 */
class SeedCorpusResourceTest {
  private static List<Case> corpus;

  @BeforeAll
  static void load() throws IOException {
    corpus = new ArrayList<>();
    try (InputStream in = SeedCorpusResourceTest.class.getResourceAsStream("/dev/flamefix/kb/seed/cases.jsonl")) {
      assertThat(in).as("seed corpus resource on the classpath").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        corpus.add(CaseJson.readCase(line));
      }
    }
  }

  @Test
  void hasAtLeast150MeasuredJavaSeedCasesAndEightPerCategory() {
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(150);
    assertThat(corpus)
        .allSatisfy(
            c -> {
              assertThat(c.source()).isEqualTo(CaseSource.SEED);
              assertThat(c.language()).isEqualTo("java");
              assertThat(c.rate()).as(c.id()).isGreaterThanOrEqualTo(1.1);
              assertThat(c.rateError()).as(c.id()).isGreaterThanOrEqualTo(0);
            });
    Map<String, Long> perCategory = corpus.stream().collect(Collectors.groupingBy(Case::category, Collectors.counting()));
    assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(SeedCategories.ALL);
    assertThat(perCategory.values()).allMatch(n -> n >= 8);
  }

  @Test
  void everyLineMatchesTheCurrentSeedSource() {
    SeedSourceExtractor extractor = new SeedSourceExtractor(Path.of("src/main/java"));
    assertThat(corpus)
        .allSatisfy(
            c -> {
              SeedCase<?> seed = SeedCatalog.byId(c.id());
              SeedSourceExtractor.Source source = extractor.extract(seed);
              assertThat(c.category()).isEqualTo(seed.category());
              assertThat(c.summary()).isEqualTo(seed.summary());
              assertThat(c.slowCode()).as("slowCode of %s (re-measure it after editing)", c.id()).isEqualTo(source.slowCode());
              assertThat(c.fastCode()).as("fastCode of %s (re-measure it after editing)", c.id()).isEqualTo(source.fastCode());
            });
  }
}
