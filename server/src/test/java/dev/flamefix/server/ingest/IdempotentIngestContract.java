package dev.flamefix.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotent ingest on a real database: a retried window (same window and payload, or same
 * {@code Idempotency-Key}) answers 200 with {@code duplicate: true} and the first request's ids and
 * never stores a second row, also when identical requests race on many threads.
 */
abstract class IdempotentIngestContract {

  private static final long T0 = System.currentTimeMillis() / 1000 - 1800;

  @TempDir Path dataDir;
  private TestServer server;
  private JdbcClient jdbc;

  /** The Spring properties that select the database under test. */
  protected abstract Map<String, Object> databaseProperties() throws Exception;

  @BeforeEach
  void start() throws Exception {
    Map<String, Object> props = new HashMap<>(databaseProperties());
    props.put("flamefix.data-dir", dataDir.toAbsolutePath().toString());
    props.put("flamefix.retention.enabled", "false");
    // Room for every racing thread: this contract is about duplicates, not backpressure.
    props.put("flamefix.ingest.max-in-flight", "32");
    server = TestServer.start(props);
    jdbc = server.context().getBean(JdbcClient.class);
  }

  @AfterEach
  void stop() {
    if (server != null) server.close(); // null when the database was skipped
  }

  @Test
  void aRetriedWindowIsStoredOnceAndAnsweredAsDuplicate() {
    byte[] body = TestServer.gzip(ShopProfiles.BASE);
    JsonNode first = ok(server.ingest(ShopProfiles.query("shop", T0), body));
    JsonNode retry = ok(server.ingest(ShopProfiles.query("shop", T0), body));

    assertThat(first.get("duplicate").asBoolean()).isFalse();
    assertThat(retry.get("duplicate").asBoolean()).isTrue();
    assertThat(retry.get("windows")).isEqualTo(first.get("windows"));
    assertThat(rows("shop")).isEqualTo(1);
    assertThat(server.metric("flamefix_ingest_duplicates_total", "app=\"shop\"")).isEqualTo(1.0);

    // Another window of the same process (later start) or the same window of another process is new.
    ok(server.ingest(ShopProfiles.query("shop", T0 + 10), body));
    ok(server.ingest(ShopProfiles.query("shop", T0).replace("pid=42", "pid=4242"), body));
    assertThat(rows("shop")).isEqualTo(3);
  }

  @Test
  void anIdempotencyKeyHeaderNamesTheRequest() {
    byte[] body = TestServer.gzip(ShopProfiles.BASE);
    Map<String, String> key = Map.of("Idempotency-Key", "agent-7/window-1");
    JsonNode first = ok(server.ingest(ShopProfiles.query("keyed", T0), body, key));
    // The client says it is the same request, even though the bytes differ (re-encoded on retry).
    JsonNode again = ok(server.ingest(ShopProfiles.query("keyed", T0), TestServer.gzip(ShopProfiles.LATER), key));
    JsonNode other = ok(server.ingest(ShopProfiles.query("keyed", T0), body, Map.of("Idempotency-Key", "agent-7/window-2")));

    assertThat(first.get("duplicate").asBoolean()).isFalse();
    assertThat(again.get("duplicate").asBoolean()).isTrue();
    assertThat(again.get("windows")).isEqualTo(first.get("windows"));
    assertThat(other.get("duplicate").asBoolean()).isFalse();
    assertThat(rows("keyed")).isEqualTo(2);
  }

  @Test
  void identicalRequestsRacingOnManyThreadsStoreOneRow() throws Exception {
    int threads = 12;
    int rounds = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String query = ShopProfiles.query("race", T0 + 10L * round);
        byte[] body = TestServer.gzip(ShopProfiles.BASE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonNode>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          answers.add(pool.submit(() -> {
            go.await();
            return ok(server.ingest(query, body));
          }));
        }
        go.countDown();
        int fresh = 0;
        JsonNode firstWindows = null;
        for (Future<JsonNode> f : answers) {
          JsonNode a = f.get();
          fresh += a.get("duplicate").asBoolean() ? 0 : 1;
          if (firstWindows == null) {
            firstWindows = a.get("windows");
          }
          assertThat(a.get("windows")).isEqualTo(firstWindows);
        }
        assertThat(fresh).as("answers that stored in round " + round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows("race")).isEqualTo(rounds);
    assertThat(server.metric("flamefix_ingest_duplicates_total", "app=\"race\""))
        .isEqualTo((double) (threads - 1) * rounds);
  }

  private long rows(String app) {
    return jdbc.sql("SELECT COUNT(*) FROM profile_window WHERE app = :app").param("app", app)
        .query(Long.class).single();
  }

  private static JsonNode ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return TestServer.parse(r.body());
  }
}
