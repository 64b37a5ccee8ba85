package dev.flamefix.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A gzip folded window is stored as the agent sent it (no re-encoding), a plain-text one as the
 * canonical gzip the server writes; both read back through the API as the same flame graph.
 */
class StoredPayloadTest {
  // async-profiler spelling: slashes, an annotation, a line suffix; canonical frames use dots.
  static final String COLLAPSED = "java/lang/Thread.run;com/acme/billing/Invoices.total_[j];"
      + "java/util/HashMap.get:120 7\njava/lang/Thread.run;com/acme/billing/Invoices.render 3\n";

  @Test
  void gzipWindowsAreKeptAsReceivedAndReadBackLikeReencodedOnes(@TempDir Path dir) {
    long from = System.currentTimeMillis() / 1000 - 600;
    try (TestServer server = TestServer.h2(dir, Map.of("flamefix.retention.enabled", "false"))) {
      JdbcClient jdbc = server.context().getBean(JdbcClient.class);
      byte[] gzip = TestServer.gzip(COLLAPSED);
      byte[] plain = COLLAPSED.getBytes(StandardCharsets.UTF_8);
      ok(server.ingest(query("kept", from), gzip));
      ok(server.ingest(query("encoded", from), plain));

      assertThat(stored(jdbc, "kept")).isEqualTo(gzip);
      byte[] encoded = stored(jdbc, "encoded");
      assertThat(encoded).isNotEqualTo(gzip);
      assertThat(new String(TestServerGunzip.gunzip(encoded), StandardCharsets.UTF_8))
          .as("re-encoded in canonical spelling").contains("com.acme.billing.Invoices.total")
          .doesNotContain("_[j]");

      JsonNode kept = server.getJson("/api/apps/kept/flamegraph?from=" + (from - 60) + "&to=" + (from + 60));
      JsonNode reencoded = server.getJson("/api/apps/encoded/flamegraph?from=" + (from - 60) + "&to=" + (from + 60));
      assertThat(kept.toString()).contains("com.acme.billing.Invoices.total").doesNotContain("_[j]");
      assertThat(kept.path("value").asLong()).isEqualTo(10);
      assertThat(kept.toString()).isEqualTo(reencoded.toString());
    }
  }

  private static String query(String app, long fromSec) {
    return "name=" + app + ".cpu&from=" + fromSec + "&until=" + (fromSec + 10)
        + "&format=folded&sampleRate=100&spyName=flamefix&units=samples&pid=1&host=h1";
  }

  private static byte[] stored(JdbcClient jdbc, String app) {
    return jdbc.sql("SELECT folded_gzip FROM profile_window WHERE app = :app").param("app", app)
        .query((rs, n) -> rs.getBytes(1)).single();
  }

  private static void ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  /** Gunzip for the assertion on the stored canonical text. */
  private static final class TestServerGunzip {
    static byte[] gunzip(byte[] gz) {
      try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
