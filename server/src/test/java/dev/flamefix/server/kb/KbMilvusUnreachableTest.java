package dev.flamefix.server.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A server configured for a Milvus that is not there starts, says so, and answers knowledge-base
 * requests with 503 naming the server: never the embedded store instead, never the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class KbMilvusUnreachableTest {

  @TempDir Path dataDir;

  @Test
  void configuredMilvusThatIsDownIsA503AndNoFallback(CapturedOutput output) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String uri = "http://127.0.0.1:" + port;
    try (TestServer server = TestServer.h2(dataDir, Map.of(
        "flamefix.kb.milvus.uri", uri, "flamefix.kb.milvus.token", "root:s3cret", "flamefix.kb.milvus.database", "flamefix"))) {
      assertThat(output.getAll()).contains("Knowledge base: Milvus at " + uri + " (database flamefix, collection flamefix_cases, with token)");
      HttpResponse<String> r = server.get("/api/kb/cases?query=for&limit=3");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
      JsonNode problem = TestServer.parse(r.body());
      assertThat(problem.get("reason").asText()).isEqualTo("knowledge_base_unavailable");
      assertThat(problem.get("detail").asText()).contains("Milvus at " + uri).contains("not reachable");
      assertThat(r.body()).doesNotContain("s3cret");
    }
    assertThat(output.getAll()).doesNotContain("s3cret");
    assertThat(dataDir.resolve("kb")).doesNotExist();
  }
}
