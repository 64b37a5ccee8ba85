package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.optimizer.retrieval.KnowledgeBaseSuggestionSource;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.server.support.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a user sees of the knowledge base is the same whichever store holds it: {@code flamefix kb
 * import}, {@code flamefix kb search}, the server's {@code /api/kb} search and import, and the
 * optimizer's retrieval through {@link PipelineFactory}, all configured the way users configure
 * them (CLI options, server properties). Each store runs this one suite by saying how it is
 * configured; the Milvus side runs against the server {@code scripts/test.sh} starts.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class KnowledgeBaseStoreContract {

  /** Top hits per store, so the second store to run is compared with the first. */
  private static final Map<String, List<Hit>> RESULTS = new ConcurrentHashMap<>();

  static final String PROBE_SLOW = "static Object callEach(List<String> names, Object target) throws Exception {"
      + " Object last = null; for (String n : names) { Method m = target.getClass().getMethod(n);"
      + " last = m.invoke(target); } return last; }";
  static final String CONCAT_QUERY = "String out = \"\";\nfor (Order o : orders) {\n  out += o.id() + \",\";\n}\nreturn out;";

  @TempDir Path dataDir;

  record Hit(String id, double similarity) {}

  /** A short name of the store, e.g. {@code lucene}. */
  protected abstract String storeName();

  /** Options of {@code flamefix kb ...} that select this store (besides {@code --data-dir}). */
  protected abstract List<String> cliOptions();

  /** Server properties that select this store (besides {@code flamefix.data-dir}). */
  protected abstract Map<String, Object> serverProperties();

  /** System properties that select this store for {@link PipelineFactory#configuredKnowledgeBase}. */
  protected abstract Properties pipelineProperties();

  /** How the chosen store describes itself in logs. */
  protected abstract String expectedDescription(Path dataDir);

  @Test
  void importSearchRestAndRetrievalAnswerTheSame(CapturedOutput output) throws Exception {
    Path kbDir = dataDir.resolve("kb");
    Path file = dataDir.resolve("probe.jsonl");
    Files.writeString(file, String.join("\n",
        caseLine("contract-probe-1", PROBE_SLOW, "Cache the Method per name instead of looking it up per call.", 6.5),
        caseLine("contract-probe-2", PROBE_SLOW.replace("getMethod(n)", "getDeclaredMethod(n)"),
            "Look each method up once.", 3.0),
        "{not json"));

    FlamefixCommandTest.Run imported = cli("kb", "import", file.toString());
    assertThat(imported.exit()).as(imported.err()).isEqualTo(1); // one bad line
    assertThat(imported.out()).startsWith("imported 2 case(s); 1 bad line(s); ");
    assertThat(imported.err()).contains("knowledge base: " + expectedDescription(dataDir)).contains("line 3");
    long total = Long.parseLong(imported.out().replaceAll("(?s).*; (\\d+) case\\(s\\) in the knowledge base.*", "$1"));
    assertThat(total).isGreaterThan(100); // the seed corpus plus the two

    FlamefixCommandTest.Run searched = cli("kb", "search", "-n", "3", PROBE_SLOW);
    assertThat(searched.exit()).as(searched.err()).isZero();
    List<String> rows = searched.out().lines().toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1)).startsWith(" 1.000").contains("6.5x").contains("contract-probe").contains("import");

    List<Hit> rest = new ArrayList<>();
    try (TestServer server = TestServer.h2(dataDir, serverProperties())) {
      assertThat(output.getAll()).contains("Knowledge base: " + expectedDescription(dataDir));
      JsonNode hits = server.getJson("/api/kb/cases?limit=5&query=" + encode(PROBE_SLOW));
      assertThat(hits.size()).isEqualTo(5);
      assertThat(hits.get(0).get("id").asText()).isEqualTo("contract-probe-1");
      assertThat(hits.get(0).get("similarity").asDouble()).isCloseTo(1.0, within(1e-3));
      hits.forEach(h -> rest.add(new Hit(h.get("id").asText(), h.get("similarity").asDouble())));
      for (int i = 1; i < rest.size(); i++) {
        assertThat(rest.get(i).similarity()).isLessThanOrEqualTo(rest.get(i - 1).similarity());
      }
      JsonNode filtered = server.getJson("/api/kb/cases?limit=10&category=contract-probe&query=" + encode(CONCAT_QUERY));
      assertThat(filtered.findValuesAsText("id")).containsExactlyInAnyOrder("contract-probe-1", "contract-probe-2");
      JsonNode concat = server.getJson("/api/kb/cases?limit=3&query=" + encode(CONCAT_QUERY));
      assertThat(concat.get(0).get("category").asText()).isEqualTo("string-concat-in-loop");

      HttpResponse<String> pie = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/kb/import"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"contract-pie\",\"input\":\"for (int i = 0; i < n; i++) s += i;\","
                  + "\"target\":\"s = n * (n - 1) / 2;\",\"summary\":\"closed form\",\"rate\":9.0}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(pie.statusCode()).as(pie.body()).isEqualTo(200);
      assertThat(server.getJson("/api/kb/cases/contract-pie").get("fastCode").asText()).contains("n * (n - 1)");
    }

    KnowledgeBaseSettings settings = PipelineFactory.configuredKnowledgeBase(pipelineProperties(), Map.of(), kbDir);
    assertThat(settings.describe()).isEqualTo(expectedDescription(dataDir));
    try (PipelineFactory factory = PipelineFactory.builder().knowledgeBase(settings).build()) {
      List<Suggestion> suggestions = new KnowledgeBaseSuggestionSource(factory.knowledgeBase()).search(PROBE_SLOW, 5);
      assertThat(suggestions).extracting(Suggestion::caseId).isEqualTo(rest.stream().map(Hit::id).toList());
      for (int i = 0; i < suggestions.size(); i++) {
        assertThat(suggestions.get(i).similarity()).isCloseTo(rest.get(i).similarity(), within(1e-4));
      }
      assertThat(suggestions.get(0).summary()).startsWith("Cache the Method");
      assertThat(factory.knowledgeBase().count()).isEqualTo(total + 1);
    }

    RESULTS.put(storeName(), rest);
    for (Map.Entry<String, List<Hit>> other : RESULTS.entrySet()) {
      // Same cases, same vectors: the closest case and every similarity both stores report agree.
      assertThat(other.getValue().get(0).id()).as(other.getKey() + " vs " + storeName()).isEqualTo(rest.get(0).id());
      for (Hit h : rest) {
        other.getValue().stream().filter(o -> o.id().equals(h.id())).forEach(o ->
            assertThat(o.similarity()).as(h.id() + " in " + other.getKey()).isCloseTo(h.similarity(), within(1e-4)));
      }
    }
  }

  private FlamefixCommandTest.Run cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(2, cliOptions());
    all.addAll(2, List.of("--data-dir", dataDir.toString()));
    return FlamefixCommandTest.run(all.toArray(String[]::new));
  }

  private static String caseLine(String id, String slow, String summary, double rate) {
    return "{\"id\":\"" + id + "\",\"category\":\"contract-probe\",\"summary\":\"" + summary + "\",\"slowCode\":\""
        + slow.replace("\"", "\\\"") + "\",\"fastCode\":\"/* cached */\",\"rate\":" + rate
        + ",\"rateError\":0.1,\"source\":\"import\",\"language\":\"java\"}";
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
