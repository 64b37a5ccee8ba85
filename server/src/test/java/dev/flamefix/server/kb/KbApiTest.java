package dev.flamefix.server.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/kb/**} over HTTP against the real seeded knowledge base. */
class KbApiTest {

  @TempDir static Path dataDir;
  static TestServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void browsingListsSeedCasesWithoutCode() {
    JsonNode cases = server.getJson("/api/kb/cases?limit=500");
    assertThat(cases.size()).isGreaterThan(16);
    JsonNode first = cases.get(0);
    assertThat(first.has("id")).isTrue();
    assertThat(first.get("source").asText()).isEqualTo("seed");
    assertThat(first.has("slowCode")).isFalse();
    assertThat(first.has("similarity")).isFalse();
    // Ordered by category for browsing.
    for (int i = 1; i < cases.size(); i++) {
      assertThat(cases.get(i).get("category").asText())
          .isGreaterThanOrEqualTo(cases.get(i - 1).get("category").asText());
    }
    JsonNode regex = server.getJson("/api/kb/cases?limit=500&category=regex-recompiled");
    assertThat(regex.size()).isPositive();
    regex.forEach(c -> assertThat(c.get("category").asText()).isEqualTo("regex-recompiled"));
    assertThat(server.getJson("/api/kb/cases?limit=3").size()).isEqualTo(3);
  }

  @Test
  void searchByCodeRanksTheMatchingAntiPatternFirst() {
    String code = "String out = \"\";\nfor (Order o : orders) {\n  out += o.id() + \",\";\n}\nreturn out;";
    JsonNode hits = server.getJson("/api/kb/cases?limit=5&query=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    assertThat(hits.size()).isEqualTo(5);
    assertThat(hits.get(0).get("category").asText()).isEqualTo("string-concat-in-loop");
    assertThat(hits.get(0).get("similarity").asDouble())
        .isGreaterThanOrEqualTo(hits.get(4).get("similarity").asDouble());

    JsonNode detail = server.getJson("/api/kb/cases/" + hits.get(0).get("id").asText());
    assertThat(detail.get("slowCode").asText()).isNotBlank();
    assertThat(detail.get("fastCode").asText()).isNotBlank();
    assertThat(detail.get("rate").asDouble()).isPositive();
  }

  @Test
  void importStoresGoodLinesAndReportsBadOnes() throws Exception {
    String body = String.join("\n",
        "{\"id\":\"pie-1\",\"category\":\"unbuffered-io\",\"input\":\"int c; while ((c = in.read()) != -1) n++;\","
            + "\"target\":\"byte[] b = in.readAllBytes(); n = b.length;\",\"summary\":\"bulk read\",\"rate\":3.5}",
        "{not json",
        "{\"id\":\"pie-2\",\"input\":\"x\",\"rate\":-1}",
        "",
        "{\"id\":\"pie-3\",\"input\":\"for (int i = 0; i < n; i++) s += i;\",\"rate\":1.4}");
    HttpResponse<String> r = post("/api/kb/import", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode result = TestServer.parse(r.body());
    assertThat(result.get("imported").asInt()).isEqualTo(2);
    assertThat(result.get("errors").size()).isEqualTo(2);
    assertThat(result.get("errors").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(result.get("errors").get(1).get("line").asInt()).isEqualTo(3);
    assertThat(result.get("errors").get(1).get("message").asText()).contains("rate");

    JsonNode stored = server.getJson("/api/kb/cases/pie-1");
    assertThat(stored.get("source").asText()).isEqualTo("import");
    assertThat(stored.get("fastCode").asText()).contains("readAllBytes");
    assertThat(server.getJson("/api/kb/cases/pie-3").get("category").asText()).isEqualTo("uncategorized");
    JsonNode imported = server.getJson("/api/kb/cases?source=import&limit=50");
    assertThat(imported.findValuesAsText("id")).contains("pie-1", "pie-3");

    HttpResponse<String> allBad = post("/api/kb/import", "{oops\n[1]");
    assertThat(allBad.statusCode()).isEqualTo(422);
    assertThat(TestServer.parse(allBad.body()).get("imported").asInt()).isZero();
  }

  @Test
  void badRequestsAreProblemDetails() throws Exception {
    HttpResponse<String> unknown = server.get("/api/kb/cases/no-such-case");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    assertThat(TestServer.parse(unknown.body()).get("reason").asText()).isEqualTo("unknown_case");

    HttpResponse<String> badLimit = server.get("/api/kb/cases?limit=0");
    assertThat(badLimit.statusCode()).isEqualTo(400);
    assertThat(TestServer.parse(badLimit.body()).get("detail").asText()).isNotBlank();

    HttpResponse<String> badSource = server.get("/api/kb/cases?source=elsewhere");
    assertThat(badSource.statusCode()).isEqualTo(400);
    assertThat(TestServer.parse(badSource.body()).get("detail").asText()).contains("seed, import or learned");

    assertThat(post("/api/kb/import", "  \n").statusCode()).isEqualTo(400);
    assertThat(post("/api/kb/import?format=csv", "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void importLimitCountsBytesEvenWhenTheBodyIsChunked(@TempDir Path otherData) throws Exception {
    try (TestServer small = TestServer.h2(otherData, Map.of("flamefix.kb.max-import-size", "1KB"))) {
      long before = small.getJson("/api/kb/cases?limit=500").size();
      // 600 characters, 1200 bytes of UTF-8: over 1 KB only when bytes are counted. Sent
      // without a Content-Length (chunked), so only the read itself can enforce the limit.
      byte[] body = "é".repeat(600).getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> chunked = HTTP.send(
          HttpRequest.newBuilder(URI.create(small.baseUrl() + "/api/kb/import"))
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofInputStream(
                  () -> new java.io.ByteArrayInputStream(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
      assertThat(TestServer.parse(chunked.body()).get("reason").asText())
          .isEqualTo("request_too_large");
      assertThat(small.getJson("/api/kb/cases?limit=500").size()).isEqualTo(before);
    }
  }

  @Test
  void openApiDescriptionListsTheEndpoints() {
    JsonNode api = server.getJson("/v3/api-docs");
    assertThat(api.get("openapi").asText()).startsWith("3.");
    assertThat(api.get("paths").has("/api/kb/cases")).isTrue();
    assertThat(api.get("paths").has("/api/kb/import")).isTrue();
    assertThat(api.get("paths").has("/api/optimizations")).isTrue();
    assertThat(api.get("paths").has("/api/proposals/{id}/accept")).isTrue();
    assertThat(api.at("/components/securitySchemes/apiToken/scheme").asText()).isEqualTo("bearer");
    assertThat(server.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
