package dev.flamefix.server.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What recording requests must do on every database the server runs on: claimed once however many
 * agents poll at once, uploaded once however many uploads race, expired and failed by the sweeps,
 * and their calls found again for the optimization of the method. Each subclass points one server
 * at one database (embedded H2, the PostgreSQL of {@code scripts/test.sh}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordingContract {
  TestServer server;
  RecordingHttp http;

  /** Spring properties that point the server at the database under test. */
  protected abstract Map<String, Object> databaseProperties() throws Exception;

  @BeforeAll
  void start() throws Exception {
    Map<String, Object> props = new HashMap<>(databaseProperties());
    props.put("flamefix.recording.redact[0]", "\\d{16}");
    props.put("flamefix.recording.redact[1]", "secret=\\S+");
    server = TestServer.start(props);
    http = new RecordingHttp(server, null, null);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private String app() {
    String app = "rec-" + UUID.randomUUID().toString().substring(0, 8);
    http.profile(app);
    return app;
  }

  @Test
  void aRecordingGoesFromRequestToStoredEnvelope() {
    String app = app();
    HttpResponse<String> created = http.request(app,
        "{\"method\": \"" + RecordingHttp.METHOD + "\", \"maxCalls\": 5, \"sampleEvery\": 2, \"durationSeconds\": 30}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode request = TestServer.parse(created.body());
    String id = request.get("id").asText();
    assertThat(request.get("state").asText()).isEqualTo("PENDING");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/recordings/" + id);

    Properties claimed = http.claim(app, "4242");
    assertThat(claimed.getProperty("id")).isEqualTo(id);
    assertThat(claimed.getProperty("method")).isEqualTo(RecordingHttp.METHOD);
    assertThat(claimed.getProperty("maxCalls")).isEqualTo("5");
    assertThat(claimed.getProperty("sampleEvery")).isEqualTo("2");
    assertThat(claimed.getProperty("durationSeconds")).isEqualTo("30");
    assertThat(claimed.getProperty("maxBytesPerCall")).isEqualTo("65536");
    assertThat(claimed.getProperty("redact.0")).isEqualTo("\\d{16}");
    assertThat(claimed.getProperty("redact.1")).isEqualTo("secret=\\S+");
    assertThat(http.poll(app, "4343").statusCode()).as("claimed once").isEqualTo(204);
    JsonNode active = server.getJson("/api/v1/recordings/" + id);
    assertThat(active.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(active.get("agentPid").asText()).isEqualTo("4242");
    assertThat(active.get("agentHost").asText()).isEqualTo("h1");

    byte[] envelope = RecordingHttp.envelope(id, app, RecordingHttp.KEY, RecordingBatch.Status.COMPLETED,
        3, 40, (byte) 7, Map.of("too_large", 2L, "unrecordable_type", 1L));
    HttpResponse<String> uploaded = http.upload(id, envelope);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
    JsonNode done = server.getJson("/api/v1/recordings/" + id);
    assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("recordedMethod").asText()).isEqualTo(RecordingHttp.KEY);
    assertThat(done.get("callsStored").asInt()).isEqualTo(3);
    assertThat(done.get("callsSeen").asLong()).isEqualTo(9);
    assertThat(done.get("skipped").get("too_large").asLong()).isEqualTo(2);
    assertThat(done.get("skipped").get("unrecordable_type").asLong()).isEqualTo(1);
    assertThat(done.get("envelopeBytes").asLong()).isEqualTo(envelope.length);
    HttpResponse<byte[]> download = http.envelope(id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue(RecordingBatch.CONTENT_TYPE);
    assertThat(download.body()).isEqualTo(envelope);

    HttpResponse<String> again = http.upload(id, envelope);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(TestServer.parse(again.body()).get("reason").asText()).isEqualTo("already_uploaded");
    JsonNode list = server.getJson("/api/v1/apps/" + app + "/recordings");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("callsStored").asInt()).isEqualTo(3);

    assertThat(server.metric("flamefix_recordings_requested_total", "app=\"" + app + "\"")).isEqualTo(1);
    assertThat(server.metric("flamefix_recordings_completed_total", "app=\"" + app + "\"", "state=\"COMPLETED\""))
        .isEqualTo(1);
    assertThat(server.metric("flamefix_recordings_calls_stored_total", "app=\"" + app + "\"")).isEqualTo(3);
    assertThat(server.metric("flamefix_recordings_calls_skipped_total", "app=\"" + app + "\"",
        "reason=\"too_large\"")).isEqualTo(2);
  }

  @Test
  void concurrentPollsClaimEachRequestOnce() throws Exception {
    String app = app();
    Set<String> requested = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      requested.add(http.requestId(app, "{\"method\": \"" + RecordingHttp.METHOD + "\"}"));
    }
    List<HttpResponse<String>> answers = all(12, i -> http.poll(app, "pid" + i));
    Map<String, String> pidOfClaim = new HashMap<>();
    int nothing = 0;
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> r = answers.get(i);
      if (r.statusCode() == 204) {
        nothing++;
        continue;
      }
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      String id = RecordingHttp.properties(r.body()).getProperty("id");
      assertThat(pidOfClaim.put(id, "pid" + i)).as("claimed twice: " + id).isNull();
    }
    assertThat(pidOfClaim.keySet()).isEqualTo(requested);
    assertThat(nothing).isEqualTo(9);
    pidOfClaim.forEach((id, pid) ->
        assertThat(server.getJson("/api/v1/recordings/" + id).get("agentPid").asText()).isEqualTo(pid));
  }

  @Test
  void concurrentUploadsStoreOnce() throws Exception {
    String app = app();
    String id = http.requestId(app, "{\"method\": \"" + RecordingHttp.METHOD + "\"}");
    http.claim(app, "1");
    byte[] envelope = RecordingHttp.envelope(id, app, 4, (byte) 1);
    List<HttpResponse<String>> answers = all(6, i -> http.upload(id, envelope));
    assertThat(answers.stream().filter(r -> r.statusCode() == 202).count()).isEqualTo(1);
    assertThat(answers.stream().filter(r -> r.statusCode() == 409).count()).isEqualTo(5);
    assertThat(server.getJson("/api/v1/recordings/" + id).get("callsStored").asInt()).isEqualTo(4);
  }

  @Test
  void unclaimedRequestsExpireAndSilentAgentsFail() {
    String app = app();
    String silent = http.requestId(app, "{\"method\": \"" + RecordingHttp.METHOD + "\", \"durationSeconds\": 60}");
    http.claim(app, "7");
    String unclaimed = http.requestId(app, "{\"method\": \"" + RecordingHttp.METHOD + "\"}");
    RecordingRepository repository = server.context().getBean(RecordingRepository.class);
    long now = System.currentTimeMillis();
    // As the sweeps see it later: the silent agent's time box (60 s) and grace (0) are over...
    assertThat(repository.failSilent(app, 0, now)).isZero();
    assertThat(repository.failSilent(app, 0, now + 61_000)).isEqualTo(1);
    // ...and the other request waited past its expiry.
    assertThat(repository.expirePending(app, now + 1, now + 1)).isEqualTo(1);

    JsonNode failed = server.getJson("/api/v1/recordings/" + silent);
    assertThat(failed.get("state").asText()).isEqualTo("FAILED");
    assertThat(failed.get("message").asText()).contains("did not upload");
    JsonNode expired = server.getJson("/api/v1/recordings/" + unclaimed);
    assertThat(expired.get("state").asText()).isEqualTo("EXPIRED");
    assertThat(http.poll(app, "8").statusCode()).isEqualTo(204);
    HttpResponse<String> late = http.upload(silent, RecordingHttp.envelope(silent, app, 1, (byte) 2));
    assertThat(late.statusCode()).isEqualTo(409);
  }

  @Test
  void storedCallsAreTheLatestOfTheMethodCapped() {
    String app = app();
    String older = record(app, RecordingHttp.METHOD, RecordingHttp.KEY, RecordingBatch.Status.TIMED_OUT, 3, (byte) 1);
    String newer = record(app, RecordingHttp.KEY, RecordingHttp.KEY, RecordingBatch.Status.COMPLETED, 2, (byte) 2);
    String other = "com.acme.shop.Pricing#slowTotal(long)";
    record(app, other, other, RecordingBatch.Status.COMPLETED, 5, (byte) 3);
    record(app, RecordingHttp.METHOD, RecordingHttp.KEY, RecordingBatch.Status.FAILED, 0, (byte) 4);
    StoredCalls stored = server.context().getBean(StoredCalls.class);

    List<RecordedCall> capped = stored.of(app, RecordingHttp.KEY, 4);
    assertThat(capped).extracting(c -> c.payload()[1]).containsExactly((byte) 2, (byte) 2, (byte) 1, (byte) 1);
    assertThat(stored.of(app, RecordingHttp.KEY)).hasSize(5);
    // Without a parameter list every overload of the name counts.
    assertThat(stored.of(app, RecordingHttp.METHOD)).hasSize(10);
    assertThat(stored.of(app, other)).extracting(c -> c.payload()[1]).containsOnly((byte) 3);
    assertThat(stored.of("no-such-app", RecordingHttp.METHOD)).isEmpty();
    assertThat(List.of(older, newer)).doesNotHaveDuplicates();
  }

  /** Requests, claims and uploads one recording; its id. */
  private String record(String app, String requested, String key, RecordingBatch.Status status, int calls,
      byte fill) {
    String id = http.requestId(app, "{\"method\": \"" + requested + "\"}");
    assertThat(http.claim(app, "1").getProperty("id")).isEqualTo(id);
    HttpResponse<String> r = http.upload(id, RecordingHttp.envelope(id, app, key, status, calls, 8, fill, Map.of()));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return id;
  }

  /** Runs {@code n} calls at once (released together) and answers their results in order. */
  private static <T> List<T> all(int n, IntCall<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        Callable<T> task = () -> {
          go.await();
          return call.apply(index);
        };
        futures.add(pool.submit(task));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private interface IntCall<T> {
    T apply(int index) throws Exception;
  }
}
