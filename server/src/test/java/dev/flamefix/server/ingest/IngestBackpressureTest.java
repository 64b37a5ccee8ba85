package dev.flamefix.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A saturated ingest answers 429 with {@code Retry-After} at once and stores nothing; once a
 * permit is free the same request is stored. Saturation is made by holding the gate's permits
 * (what in-flight requests do), so nothing here depends on timing.
 */
class IngestBackpressureTest {

  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of("flamefix.ingest.max-in-flight", "2",
        "flamefix.ingest.retry-after", "7s"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aFullGateAnswers429WithRetryAfterAndStoresNothing() {
    IngestGate gate = server.context().getBean(IngestGate.class);
    long t0 = System.currentTimeMillis() / 1000 - 600;
    byte[] body = TestServer.gzip(ShopProfiles.BASE);
    assertThat(gate.tryEnter()).isTrue();
    assertThat(gate.tryEnter()).isTrue();
    HttpResponse<String> busy;
    try {
      busy = server.ingest(ShopProfiles.query("busy", t0), body);
    } finally {
      gate.leave();
      gate.leave();
    }
    assertThat(busy.statusCode()).as(busy.body()).isEqualTo(429);
    long retryAfter = Long.parseLong(busy.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(7L, 14L);
    assertThat(TestServer.parse(busy.body()).get("reason").asText()).isEqualTo("saturated");
    assertThat(rows()).isZero();
    assertThat(server.metric("flamefix_ingest_saturated_total")).isEqualTo(1.0);

    HttpResponse<String> later = server.ingest(ShopProfiles.query("busy", t0), body);
    assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
    assertThat(rows()).isEqualTo(1);
    // Every permit came back: a request that failed or succeeded does not leak one.
    assertThat(gate.tryEnter()).isTrue();
    assertThat(gate.tryEnter()).isTrue();
    assertThat(gate.tryEnter()).isFalse();
    gate.leave();
    gate.leave();
  }

  private static long rows() {
    return server.context().getBean(JdbcClient.class)
        .sql("SELECT COUNT(*) FROM profile_window WHERE app = 'busy'").query(Long.class).single();
  }
}
