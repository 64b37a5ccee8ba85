package dev.flamefix.kb.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.flamefix.kb.Case;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The held-out retrieval queries are well-formed and are not copies of corpus entries. */
class HeldOutSetTest {
  private static final Path HELD_OUT = Path.of("src/test/resources/heldout/heldout.jsonl");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Keywords and everyday JDK types say nothing about which program a snippet is. */
  private static final Set<String> COMMON =
      Set.of(
          "abstract", "boolean", "break", "byte", "case", "catch", "char", "class", "continue", "default",
          "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "if", "implements",
          "import", "instanceof", "int", "interface", "long", "new", "private", "protected", "public",
          "return", "short", "static", "super", "switch", "synchronized", "this", "throw", "throws", "try",
          "void", "while", "var", "true", "false", "null", "String", "List", "Map", "Set", "ArrayList",
          "HashMap", "HashSet", "Integer", "Long", "Double", "Object");
  private static List<JsonNode> queries;

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper json = new ObjectMapper();
    queries = new ArrayList<>();
    for (String line : Files.readAllLines(HELD_OUT)) {
      if (!line.isBlank()) {
        queries.add(json.readTree(line));
      }
    }
  }

  @Test
  void hasAtLeast45QueriesWithAtLeastTwoPerCategoryAndUniqueIds() {
    assertThat(queries).hasSizeGreaterThanOrEqualTo(45);
    Map<String, Long> perCategory =
        queries.stream().collect(Collectors.groupingBy(q -> q.path("category").asText(), Collectors.counting()));
    assertThat(perCategory.keySet()).containsExactlyInAnyOrderElementsOf(SeedCategories.ALL);
    assertThat(perCategory.values()).allMatch(n -> n >= 2);
    Set<String> ids = queries.stream().map(q -> q.path("id").asText()).collect(Collectors.toSet());
    assertThat(ids).hasSize(queries.size()).doesNotContainAnyElementsOf(corpus().stream().map(Case::id).toList());
  }

  @Test
  void everyQueryIsParseableJavaMemberSource() {
    JavaParser parser =
        new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    assertThat(queries)
        .allSatisfy(
            q ->
                assertThat(parser.parseBodyDeclaration(q.path("slowCode").asText()).isSuccessful())
                    .as(q.path("id").asText())
                    .isTrue());
  }

  @Test
  void noQueryIsANearCopyOfACorpusSlowVersion() {
    List<Set<String>> corpus = new ArrayList<>();
    for (Case c : corpus()) {
      corpus.add(tokens(c.slowCode()));
    }
    for (JsonNode q : queries) {
      Set<String> query = tokens(q.path("slowCode").asText());
      double closest = corpus.stream().mapToDouble(c -> jaccard(query, c)).max().orElse(0);
      assertThat(closest).as("identifier overlap of %s with its closest corpus entry", q.path("id").asText()).isLessThan(0.6);
    }
  }

  private static List<Case> corpus() {
    return SeedCorpus.cases(SeedCorpus.fromClasspath(SeedCorpus.RESOURCE_ROOT));
  }

  private static Set<String> tokens(String code) {
    Set<String> tokens = new HashSet<>();
    Matcher m = IDENTIFIER.matcher(code);
    while (m.find()) {
      if (!COMMON.contains(m.group())) {
        tokens.add(m.group());
      }
    }
    return tokens;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return union.isEmpty() ? 0 : (double) common.size() / union.size();
  }
}
