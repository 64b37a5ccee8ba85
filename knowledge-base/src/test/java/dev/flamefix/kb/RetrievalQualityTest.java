package dev.flamefix.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.kb.embed.CombinedEmbedder;
import dev.flamefix.kb.embed.StructuralFeatures;
import dev.flamefix.kb.embed.TextEmbedder;
import dev.flamefix.kb.embed.Vectors;
import dev.flamefix.kb.seed.SeedCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Category Recall@1 and Recall@3 of retrieval on held-out slow snippets that are not in the store:
 * text embedding alone against text + structure. Uses the shipped seed corpus and the held-out set
 * when they exist, otherwise the small test fixture. Writes the table to {@code
 * target/retrieval-quality.md}; {@link #main} prints it.
 *
 * <p>The structure weight is chosen by leave-one-out over the store itself (each seed case
 * queried against the others), never on the held-out set; the table shows the sweep too.
 */
class RetrievalQualityTest {

  static final double[] STRUCTURE_WEIGHTS = {0.0, 0.5, 0.75, 1.0, 1.5, 2.0};

  record Item(String id, String category, float[] text, float[] structure) {}

  record Recall(double at1, double at3) {}

  static List<String[]> readJsonl(String resource, String codeField) throws IOException {
    try (InputStream in = RetrievalQualityTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      ObjectMapper mapper = new ObjectMapper();
      List<String[]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = mapper.readTree(line);
          out.add(new String[] {n.path("id").asText(), n.path("category").asText(), n.path(codeField).asText()});
        }
      }
      return out.isEmpty() ? null : out;
    }
  }

  static List<Item> embed(List<String[]> rows, TextEmbedder text) {
    return rows.parallelStream()
        .map(r -> new Item(r[0], r[1], text.embed(r[2]), StructuralFeatures.vector(r[2])))
        .toList();
  }

  static float[] vector(Item i, double ws) {
    return ws == 0 ? i.text() : CombinedEmbedder.combine(i.text(), i.structure(), 1.0, ws);
  }

  /** Category recall of queries against the store; {@code leaveOneOut} skips the query's own id. */
  static Recall recall(List<Item> store, List<Item> queries, double ws, boolean leaveOneOut) {
    List<float[]> storeVectors = store.stream().map(i -> vector(i, ws)).toList();
    int hit1 = 0;
    int hit3 = 0;
    for (Item q : queries) {
      float[] qv = vector(q, ws);
      List<Integer> ranked = IntStream.range(0, store.size()).boxed()
          .filter(i -> !(leaveOneOut && store.get(i).id().equals(q.id())))
          .sorted(Comparator.comparingDouble((Integer i) -> Vectors.dot(storeVectors.get(i), qv)).reversed())
          .limit(3)
          .toList();
      if (!ranked.isEmpty() && store.get(ranked.get(0)).category().equals(q.category())) {
        hit1++;
      }
      if (ranked.stream().anyMatch(i -> store.get(i).category().equals(q.category()))) {
        hit3++;
      }
    }
    return new Recall((double) hit1 / queries.size(), (double) hit3 / queries.size());
  }

  record Report(String corpus, int storeSize, int queryCount, Recall text, Recall combined, double chosenWeight, String markdown) {}

  static Report evaluate() throws IOException {
    List<String[]> seed = SeedCorpus.cases(SeedCorpus.fromClasspath(KnowledgeBase.SEED_RESOURCE)).stream()
        .map(c -> new String[] {c.id(), c.category(), c.slowCode()})
        .toList();
    seed = seed.isEmpty() ? null : seed;
    List<String[]> held = readJsonl("/heldout/heldout.jsonl", "slowCode");
    String corpus = "seed corpus + held-out set";
    if (seed == null || held == null) {
      seed = readJsonl("/fixture/cases.jsonl", "slowCode");
      held = readJsonl("/fixture/heldout.jsonl", "slowCode");
      corpus = "test fixture (seed corpus or held-out set not present)";
    }
    TextEmbedder text = TextEmbedder.create();
    List<Item> store = embed(seed, text);
    List<Item> queries = embed(held, text);

    StringBuilder md = new StringBuilder();
    md.append("Corpus: ").append(corpus).append("; ").append(store.size()).append(" cases in the store, ")
        .append(queries.size()).append(" held-out queries.\n\n");
    md.append("| embedding | structure weight | leave-one-out R@1 (store) | held-out R@1 | held-out R@3 |\n");
    md.append("|---|---|---|---|---|\n");
    double bestWeight = 0;
    double bestLoo = -1;
    for (double ws : STRUCTURE_WEIGHTS) {
      Recall loo = recall(store, store, ws, true);
      Recall h = recall(store, queries, ws, false);
      if (ws > 0 && loo.at1() > bestLoo + 1e-9) {
        bestLoo = loo.at1();
        bestWeight = ws;
      }
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f | %.3f | %.3f |%n",
          ws == 0 ? "text only" : "text + structure", ws, loo.at1(), h.at1(), h.at3()));
    }
    Recall textOnly = recall(store, queries, 0, false);
    Recall def = recall(store, queries, CombinedEmbedder.DEFAULT_STRUCTURE_WEIGHT, false);
    md.append(String.format(Locale.ROOT,
        "%nShipped default (structure weight %.2f): held-out Recall@1 %.3f vs %.3f text only; Recall@3 %.3f vs %.3f. "
            + "Best structure weight by leave-one-out on the store: %.2f.%n",
        CombinedEmbedder.DEFAULT_STRUCTURE_WEIGHT, def.at1(), textOnly.at1(), def.at3(), textOnly.at3(), bestWeight));
    return new Report(corpus, store.size(), queries.size(), textOnly, def, bestWeight, md.toString());
  }

  @Test
  void combinedEmbeddingRetrievesTheRightCategoryAtLeastAsOftenAsTextAlone() throws IOException {
    Report r = evaluate();
    Path out = Path.of("target", "retrieval-quality.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, r.markdown());
    System.out.println(r.markdown());

    assertThat(r.combined().at1()).isGreaterThanOrEqualTo(r.text().at1());
    assertThat(r.combined().at3()).isGreaterThanOrEqualTo(r.text().at3());
    // A sane floor: far above chance (1 / number of categories, about 0.06).
    assertThat(r.combined().at1()).isGreaterThanOrEqualTo(0.5);
    assertThat(r.combined().at3()).isGreaterThanOrEqualTo(0.7);
  }

  /** Prints the table: {@code mvn -pl knowledge-base test -Dtest=RetrievalQualityTest}. */
  public static void main(String[] args) throws IOException {
    System.out.println(evaluate().markdown());
  }
}
