package dev.flamefix.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code flamefix.ingest.token} set, only requests bearing it are stored. */
class IngestTokenTest {

  @TempDir Path dataDir;

  @Test
  void ingestNeedsTheConfiguredBearerToken() {
    try (TestServer server = TestServer.h2(dataDir, Map.of("flamefix.ingest.token", "s3cret"))) {
      long t0 = System.currentTimeMillis() / 1000 - 60;
      byte[] body = TestServer.gzip(ShopProfiles.BASE);
      String q = ShopProfiles.query("guarded", t0);

      HttpResponse<String> none = server.ingest(q, body);
      HttpResponse<String> wrong = server.ingest(q, body, Map.of("Authorization", "Bearer nope"));
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(TestServer.parse(wrong.body()).get("reason").asText()).isEqualTo("unauthorized");
      assertThat(wrong.body()).doesNotContain("s3cret");
      assertThat(server.metric("flamefix_ingest_rejected_total", "reason=\"unauthorized\""))
          .isEqualTo(2);
      assertThat(server.get("/api/apps/guarded").statusCode()).isEqualTo(404);

      HttpResponse<String> right =
          server.ingest(q, body, Map.of("Authorization", "Bearer s3cret"));
      assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
      assertThat(server.getJson("/api/apps/guarded").get("samples").asLong()).isEqualTo(100);
    }
  }
}
