package dev.flamefix.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.fleet.FleetDatabase;
import dev.flamefix.server.fleet.FleetProcess;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code flamefix.validation.mode=remote} on the real PostgreSQL: the API server queues candidate
 * validations and runs none itself (no child process, no verdict) until a worker takes them; a
 * worker killed in the middle of a benchmark is replaced by another, which validates the candidate
 * again, and the job ends with exactly one proposal.
 */
class RemoteValidationTest {
  static final String BODY = "{\"app\":\"orders\",\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#%s\"]}";

  @TempDir Path dir;

  private Map<String, Object> props(FleetDatabase db, String dataDir) {
    Map<String, Object> p = new HashMap<>(QuickPipeline.properties());
    p.putAll(db.serverProperties());
    p.put("flamefix.data-dir", dir.resolve(dataDir).toString());
    p.put("flamefix.optimize.max-validations", 1);
    p.put("flamefix.validation.lease", "3s");
    p.put("flamefix.validation.poll-interval", "200ms");
    return p;
  }

  private static TestServer api(Map<String, Object> props) {
    Map<String, Object> p = new HashMap<>(props);
    p.put("flamefix.validation.mode", "remote");
    p.put("flamefix.fleet.replica-id", "api-1");
    return TestServer.start(p);
  }

  private static Map<String, Object> worker(Map<String, Object> props, String id) {
    Map<String, Object> p = new HashMap<>(props);
    p.put("flamefix.fleet.role", "worker");
    p.put("flamefix.fleet.replica-id", id);
    return p;
  }

  private static List<ValidationTaskRepository.Task> tasks(JdbcClient jdbc, String job) {
    return new ValidationTaskRepository(jdbc).ofJob(job);
  }

  @Test
  void apiReplicaRunsNoCandidateCodeAndAWorkerCompletesTheValidation() throws Exception {
    FleetDatabase db = FleetDatabase.fresh("flamefix_fleet_remote");
    JdbcClient jdbc = db.jdbc();
    Map<String, Object> props = props(db, "api");
    try (TestServer server = api(props)) {
      Api http = new Api(server);
      http.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
      String job = http.expect(202, "POST", "/api/optimizations", BODY.formatted("countKnownCustomers"))
          .get("id").asText();
      await(() -> !tasks(jdbc, job).isEmpty(), "a queued validation");
      // The job waits on the queue: a few of its polls later, still nothing validated, no child started.
      JsonNode waiting = http.awaitJob(job, Duration.ofMinutes(1),
          j -> j.get("events").toString().contains("waiting for a validation worker"));
      Thread.sleep(1000);
      ValidationTaskRepository.Task queued = tasks(jdbc, job).get(0);
      assertThat(queued.status()).isEqualTo(ValidationTaskRepository.Status.QUEUED);
      assertThat(queued.attempts()).isZero();
      assertThat(queued.owner()).isNull();
      assertThat(waiting.get("candidates").get(0).has("verdict")).as(waiting.toPrettyString()).isFalse();
      assertThat(ProcessHandle.current().descendants().toList()).as("no validation child of the API replica").isEmpty();

      try (TestServer worker = TestServer.start(worker(props(db, "worker"), "worker-1"))) {
        assertThat(worker.get("/api/apps").statusCode()).as("a worker serves no API").isEqualTo(404);
        assertThat(worker.get("/actuator/health").statusCode()).isEqualTo(200);
        JsonNode done = http.awaitJob(job, Duration.ofMinutes(5), Api::finished);
        assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");
        assertThat(done.get("candidates").get(0).get("verdict").get("outcome").asText()).isNotBlank();
        ValidationTaskRepository.Task t = tasks(jdbc, job).get(0);
        assertThat(t.status()).isEqualTo(ValidationTaskRepository.Status.DONE);
        assertThat(t.owner()).isEqualTo("worker-1");
        assertThat(t.attempts()).isEqualTo(1);
        assertThat(t.verdictJson()).contains("\"outcome\"");
      }
    }
  }

  @Test
  void workerKilledMidBenchmarkIsReplacedAndTheJobProposesOnce() throws Exception {
    FleetDatabase db = FleetDatabase.fresh("flamefix_fleet_kill");
    JdbcClient jdbc = db.jdbc();
    Map<String, Object> props = props(db, "api");
    try (TestServer server = api(props)) {
      Api http = new Api(server);
      http.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
      String job = http.expect(202, "POST", "/api/optimizations", BODY.formatted("countKnownCustomers"))
          .get("id").asText();
      FleetProcess doomed = FleetProcess.start("doomed", worker(props(db, "doomed"), "doomed"), dir);
      try {
        await(() -> tasks(jdbc, job).stream().anyMatch(t -> "doomed".equals(t.owner()) && t.progressJson() != null
            && t.progressJson().contains("BENCHMARK")), "the first worker benchmarking", doomed);
      } finally {
        doomed.kill();
      }
      ValidationTaskRepository.Task orphaned = tasks(jdbc, job).get(0);
      assertThat(orphaned.status()).isEqualTo(ValidationTaskRepository.Status.RUNNING);
      assertThat(orphaned.verdictJson()).isNull();

      try (TestServer rescuer = TestServer.start(worker(props(db, "rescuer"), "rescuer"))) {
        JsonNode done = new Api(server).awaitJob(job, Duration.ofMinutes(5), Api::finished);
        assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");
        List<ValidationTaskRepository.Task> ts = tasks(jdbc, job);
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).status()).isEqualTo(ValidationTaskRepository.Status.DONE);
        assertThat(ts.get(0).owner()).isEqualTo("rescuer");
        assertThat(ts.get(0).attempts()).as("retried once, elsewhere").isEqualTo(2);
        JsonNode verdict = done.get("candidates").get(0).get("verdict");
        assertThat(verdict.get("accepted").asBoolean()).as("the recipe is accepted: %s", verdict).isTrue();
        int proposals = jdbc.sql("SELECT count(*) FROM proposal WHERE job_id = :job").param("job", job)
            .query(Integer.class).single();
        assertThat(proposals).isEqualTo(1);
        assertThat(done.get("proposalIds")).hasSize(1);
      }
    }
  }

  private static void await(Supplier<Boolean> condition, String what, FleetProcess... watched)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) return;
      for (FleetProcess p : watched) {
        if (!p.alive()) throw new AssertionError("process ended while waiting for " + what + ":\n" + p.log());
      }
      Thread.sleep(200);
    }
    StringBuilder logs = new StringBuilder();
    for (FleetProcess p : watched) logs.append(p.log());
    throw new AssertionError("not reached within 4 min: " + what + "\n" + logs);
  }
}
