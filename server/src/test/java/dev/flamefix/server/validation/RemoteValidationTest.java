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
 * again, and the job ends with exactly one proposal; when no worker replaces it, the job ends after
 * the unclaimed timeout with the reason and no proposal, and a worker starting later runs nothing.
 */
class RemoteValidationTest {
  static final String BODY = "{\"app\":\"orders\",\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#%s\"]}";

  @TempDir Path dir;

  /**
   * What both tests start from: a fresh schema, an API replica in remote mode with the example app
   * configured, and one optimization job of {@code countKnownCustomers} queued on it.
   */
  private record QueuedJob(FleetDatabase db, JdbcClient jdbc, TestServer server, Api http, String job, Path dir)
      implements AutoCloseable {

    static QueuedJob start(String schema, Path dir) throws Exception {
      return start(schema, dir, Map.of());
    }

    static QueuedJob start(String schema, Path dir, Map<String, Object> apiProperties) throws Exception {
      FleetDatabase db = FleetDatabase.fresh(schema);
      Map<String, Object> p = props(db, dir, "api");
      p.putAll(apiProperties);
      p.put("flamefix.validation.mode", "remote");
      p.put("flamefix.fleet.replica-id", "api-1");
      TestServer server = TestServer.start(p);
      try {
        Api http = new Api(server);
        http.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
        String job = http.expect(202, "POST", "/api/optimizations", BODY.formatted("countKnownCustomers"))
            .get("id").asText();
        return new QueuedJob(db, db.jdbc(), server, http, job, dir);
      } catch (Exception | AssertionError e) {
        server.close();
        throw e;
      }
    }

    /** The properties of a validation worker named {@code id} on the same database. */
    Map<String, Object> worker(String id) {
      Map<String, Object> p = props(db, dir, id);
      p.put("flamefix.fleet.role", "worker");
      p.put("flamefix.fleet.replica-id", id);
      return p;
    }

    List<ValidationTaskRepository.Task> tasks() {
      return new ValidationTaskRepository(jdbc).ofJob(job);
    }

    @Override
    public void close() {
      server.close();
    }

    private static Map<String, Object> props(FleetDatabase db, Path dir, String dataDir) {
      Map<String, Object> p = new HashMap<>(QuickPipeline.properties());
      p.putAll(db.serverProperties());
      p.put("flamefix.data-dir", dir.resolve(dataDir).toString());
      p.put("flamefix.optimize.max-validations", 1);
      p.put("flamefix.validation.lease", "3s");
      p.put("flamefix.validation.poll-interval", "200ms");
      return p;
    }
  }

  @Test
  void apiReplicaRunsNoCandidateCodeAndAWorkerCompletesTheValidation() throws Exception {
    try (QueuedJob q = QueuedJob.start("flamefix_fleet_remote", dir)) {
      await(() -> !q.tasks().isEmpty(), "a queued validation");
      // The job waits on the queue: a few of its polls later, still nothing validated, no child started.
      JsonNode waiting = q.http().awaitJob(q.job(), Duration.ofMinutes(1),
          j -> j.get("events").toString().contains("waiting for a validation worker"));
      Thread.sleep(1000);
      ValidationTaskRepository.Task queued = q.tasks().get(0);
      assertThat(queued.status()).isEqualTo(ValidationTaskRepository.Status.QUEUED);
      assertThat(queued.attempts()).isZero();
      assertThat(queued.owner()).isNull();
      assertThat(waiting.get("candidates").get(0).has("verdict")).as(waiting.toPrettyString()).isFalse();
      assertThat(ProcessHandle.current().descendants().toList()).as("no validation child of the API replica").isEmpty();

      try (TestServer worker = TestServer.start(q.worker("worker-1"))) {
        assertThat(worker.get("/api/apps").statusCode()).as("a worker serves no API").isEqualTo(404);
        assertThat(worker.get("/actuator/health").statusCode()).isEqualTo(200);
        JsonNode done = q.http().awaitJob(q.job(), Duration.ofMinutes(5), Api::finished);
        assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");
        assertThat(done.get("candidates").get(0).get("verdict").get("outcome").asText()).isNotBlank();
        ValidationTaskRepository.Task t = q.tasks().get(0);
        assertThat(t.status()).isEqualTo(ValidationTaskRepository.Status.DONE);
        assertThat(t.owner()).isEqualTo("worker-1");
        assertThat(t.attempts()).isEqualTo(1);
        assertThat(t.verdictJson()).contains("\"outcome\"");
      }
    }
  }

  @Test
  void workerKilledMidBenchmarkIsReplacedAndTheJobProposesOnce() throws Exception {
    try (QueuedJob q = QueuedJob.start("flamefix_fleet_kill", dir)) {
      FleetProcess doomed = FleetProcess.start("doomed", q.worker("doomed"), dir);
      try {
        await(() -> q.tasks().stream().anyMatch(t -> "doomed".equals(t.owner()) && t.progressJson() != null
            && t.progressJson().contains("BENCHMARK")), "the first worker benchmarking", doomed);
      } finally {
        doomed.kill();
      }
      ValidationTaskRepository.Task orphaned = q.tasks().get(0);
      assertThat(orphaned.status()).isEqualTo(ValidationTaskRepository.Status.RUNNING);
      assertThat(orphaned.verdictJson()).isNull();

      try (TestServer rescuer = TestServer.start(q.worker("rescuer"))) {
        JsonNode done = q.http().awaitJob(q.job(), Duration.ofMinutes(5), Api::finished);
        assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");
        List<ValidationTaskRepository.Task> ts = q.tasks();
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).status()).isEqualTo(ValidationTaskRepository.Status.DONE);
        assertThat(ts.get(0).owner()).isEqualTo("rescuer");
        assertThat(ts.get(0).attempts()).as("retried once, elsewhere").isEqualTo(2);
        JsonNode verdict = done.get("candidates").get(0).get("verdict");
        assertThat(verdict.get("accepted").asBoolean()).as("the recipe is accepted: %s", verdict).isTrue();
        int proposals = q.jdbc().sql("SELECT count(*) FROM proposal WHERE job_id = :job").param("job", q.job())
            .query(Integer.class).single();
        assertThat(proposals).isEqualTo(1);
        assertThat(done.get("proposalIds")).hasSize(1);
      }
    }
  }

  @Test
  void workerKilledMidBenchmarkAndNeverReplacedEndsTheJobWithTheReasonAndNoProposal() throws Exception {
    try (QueuedJob q = QueuedJob.start("flamefix_fleet_orphan", dir,
        Map.of("flamefix.validation.unclaimed-timeout", "3s"))) {
      FleetProcess doomed = FleetProcess.start("doomed", q.worker("doomed"), dir);
      try {
        await(() -> q.tasks().stream().anyMatch(t -> "doomed".equals(t.owner()) && t.progressJson() != null
            && t.progressJson().contains("BENCHMARK")), "the worker benchmarking", doomed);
      } finally {
        doomed.kill();
      }

      JsonNode failed = q.http().awaitJob(q.job(), Duration.ofMinutes(3), Api::finished);
      assertThat(failed.get("status").asText()).as(failed.toPrettyString()).isEqualTo("FAILED");
      assertThat(failed.get("error").asText())
          .contains("no validation worker took the task within 3s after worker doomed stopped renewing its lease");
      List<ValidationTaskRepository.Task> ts = q.tasks();
      assertThat(ts).hasSize(1);
      assertThat(ts.get(0).status()).isEqualTo(ValidationTaskRepository.Status.WITHDRAWN);
      assertThat(ts.get(0).attempts()).isEqualTo(1);

      // A worker that starts afterwards finds nothing to run, and the job proposes nothing.
      try (TestServer late = TestServer.start(q.worker("late"))) {
        assertThat(late.get("/actuator/health").statusCode()).isEqualTo(200);
        Thread.sleep(2000); // several of its 200 ms polls
        assertThat(q.tasks().get(0).status()).isEqualTo(ValidationTaskRepository.Status.WITHDRAWN);
        assertThat(q.tasks().get(0).attempts()).isEqualTo(1);
      }
      int proposals = q.jdbc().sql("SELECT count(*) FROM proposal WHERE job_id = :job").param("job", q.job())
          .query(Integer.class).single();
      assertThat(proposals).isZero();
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
