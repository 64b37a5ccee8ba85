package dev.flamefix.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15's fleet end to end, on the real PostgreSQL: two server replicas and one validation
 * worker, each a JVM of its own (servers in remote validation mode: no candidate code on them).
 * Profiles are pushed to both replicas, two optimizations are submitted (one to each), and while a
 * candidate is being benchmarked the replica running its job and the worker are killed. Another
 * worker joins; the surviving replica takes the job over. It ends with every window stored once,
 * every job done once with at most one proposal per target, and the same answers from the
 * survivor and the killed replica started again. With the Milvus server the test script starts
 * ({@code FLAMEFIX_TEST_MILVUS_URI}) every process shares one Milvus knowledge base: a case imported
 * through the survivor is found, with the same search results, through the restarted replica (whose
 * data directory is new, so an embedded store could not have it).
 */
class FleetEndToEndTest {
  static final String BODY = "{\"app\":\"orders\",\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#%s\"]}";
  static final int WINDOWS = 24;

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void twoReplicasAndAWorkerSurviveLosingAReplicaAndAWorkerMidJob() throws Exception {
    FleetDatabase db = FleetDatabase.fresh("flamefix_fleet_e2e");
    JdbcClient jdbc = db.jdbc();
    Map<String, Object> common = new HashMap<>(QuickPipeline.properties());
    common.putAll(db.serverProperties());
    common.put("flamefix.optimize.max-validations", 1);
    common.put("flamefix.optimize.concurrent-jobs", 2);
    common.put("flamefix.fleet.job-lease", "3s");
    common.put("flamefix.fleet.poll-interval", "300ms");
    common.put("flamefix.validation.lease", "3s");
    common.put("flamefix.validation.poll-interval", "200ms");
    common.put("flamefix.validation.mode", "remote");
    String milvus = System.getenv("FLAMEFIX_TEST_MILVUS_URI");
    if (milvus != null) {
      common.put("flamefix.kb.milvus.uri", milvus);
      common.put("flamefix.kb.milvus.collection", "fleet_e2e_" + Long.toHexString(System.nanoTime()));
    }

    List<FleetProcess> all = new ArrayList<>();
    try {
      Map<String, FleetProcess> replicas = new HashMap<>();
      for (String id : List.of("r1", "r2")) {
        replicas.put(id, start(id, common, "server", all));
      }
      FleetProcess w1 = start("w1", common, "worker", all);
      for (FleetProcess p : all) {
        await(() -> status(p, "/actuator/health") == 200, "healthy", all);
      }

      // Profiles pushed to both replicas, alternately.
      long t0 = System.currentTimeMillis() / 1000 - 3600;
      for (int i = 0; i < WINDOWS; i++) {
        FleetProcess to = replicas.get(i % 2 == 0 ? "r1" : "r2");
        HttpResponse<String> r = send(to, "POST", "/ingest?" + ShopProfiles.query("shop", t0 + 10L * i),
            TestServer.gzip(i < WINDOWS / 2 ? ShopProfiles.BASE : ShopProfiles.LATER), "application/octet-stream");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      }

      String config = QuickPipeline.exampleConfig().replace("\"concurrentJobs\":1", "\"concurrentJobs\":2");
      assertThat(send(replicas.get("r1"), "PUT", "/api/apps/orders/config", config).statusCode()).isEqualTo(200);
      String jobA = id(send(replicas.get("r1"), "POST", "/api/optimizations", BODY.formatted("countKnownCustomers")));
      String jobB = id(send(replicas.get("r2"), "POST", "/api/optimizations", BODY.formatted("countValidSkus")));

      // Mid-job: a candidate of one job is being benchmarked by w1. Kill w1 and that job's replica.
      String[] victim = new String[2];
      await(() -> {
        for (String job : List.of(jobA, jobB)) {
          boolean benchmarking = jdbc.sql("SELECT count(*) FROM validation_task WHERE job_id = :j AND"
                  + " lease_owner = 'w1' AND status = 'RUNNING' AND progress_json LIKE '%BENCHMARK%'")
              .param("j", job).query(Integer.class).single() > 0;
          String owner = jdbc.sql("SELECT lease_owner FROM optimization_job WHERE id = :j").param("j", job)
              .query(String.class).optional().orElse(null);
          if (benchmarking && owner != null) {
            victim[0] = job;
            victim[1] = owner;
            return true;
          }
        }
        return false;
      }, "a candidate being benchmarked by w1", all);
      FleetProcess deadReplica = replicas.get(victim[1]);
      deadReplica.kill();
      w1.kill();
      String survivorId = victim[1].equals("r1") ? "r2" : "r1";
      FleetProcess survivor = replicas.get(survivorId);
      assertThat(victim[1]).isIn("r1", "r2");
      start("w2", common, "worker", all);

      for (String job : List.of(jobA, jobB)) {
        await(() -> {
          JsonNode j = json(send(survivor, "GET", "/api/optimizations/" + job, null));
          return j.get("status").asText().equals("DONE") || j.get("status").asText().equals("FAILED");
        }, "job " + job + " finished", List.of(survivor));
      }

      // Every window stored once.
      assertThat(jdbc.sql("SELECT count(*) FROM profile_window WHERE app = 'shop'").query(Integer.class).single())
          .isEqualTo(WINDOWS);
      assertThat(jdbc.sql("SELECT count(DISTINCT start_ms) FROM profile_window WHERE app = 'shop'")
          .query(Integer.class).single()).isEqualTo(WINDOWS);
      // Every job done once: DONE, the victim's taken over by the survivor, one proposal per target at most.
      JsonNode taken = json(send(survivor, "GET", "/api/optimizations/" + victim[0], null));
      assertThat(taken.get("status").asText()).as(taken.toPrettyString()).isEqualTo("DONE");
      assertThat(taken.get("attempts").asInt()).isEqualTo(2);
      assertThat(taken.get("events").toString()).contains("replica " + victim[1] + " stopped renewing its lease");
      assertThat(jdbc.sql("SELECT lease_owner FROM optimization_job WHERE id = :j").param("j", victim[0])
          .query(String.class).single()).isEqualTo(survivorId);
      String other = victim[0].equals(jobA) ? jobB : jobA;
      JsonNode otherJob = json(send(survivor, "GET", "/api/optimizations/" + other, null));
      assertThat(otherJob.get("status").asText()).as(otherJob.toPrettyString()).isEqualTo("DONE");
      assertThat(jdbc.sql("SELECT count(*) FROM (SELECT job_id, target FROM proposal GROUP BY job_id, target"
          + " HAVING count(*) > 1) d").query(Integer.class).single()).isZero();
      for (String job : List.of(jobA, jobB)) {
        JsonNode j = json(send(survivor, "GET", "/api/optimizations/" + job, null));
        assertThat(j.get("proposalIds").size()).as(j.toPrettyString()).isLessThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE job_id = :j").param("j", job).query(Integer.class)
            .single()).isEqualTo(j.get("proposalIds").size());
      }
      // The interrupted validation was retried by the new worker; nothing was validated twice to the end.
      assertThat(jdbc.sql("SELECT count(*) FROM validation_task WHERE status <> 'DONE'").query(Integer.class).single())
          .isZero();
      assertThat(jdbc.sql("SELECT count(*) FROM validation_task WHERE job_id = :j AND attempts = 2 AND lease_owner = 'w2'")
          .param("j", victim[0]).query(Integer.class).single()).isEqualTo(1);

      // Same answers from both replicas (the killed one started again).
      FleetProcess again = start(victim[1] + "b", common, "server", all);
      await(() -> status(again, "/actuator/health") == 200, "restarted replica healthy", List.of(again));
      String range = "from=" + (t0 * 1000) + "&to=" + ((t0 + 10L * WINDOWS) * 1000);
      for (String path : List.of("/api/apps/shop/hotspots?" + range, "/api/apps/shop/flamegraph?" + range,
          "/api/optimizations/" + jobA, "/api/optimizations/" + jobB, "/api/proposals", "/api/apps/orders/config")) {
        HttpResponse<String> a = send(survivor, "GET", path, null);
        HttpResponse<String> b = send(again, "GET", path, null);
        assertThat(a.statusCode()).as(path + ": " + a.body()).isEqualTo(200);
        assertThat(json(b)).as(path).isEqualTo(json(a));
      }
      if (milvus != null) {
        String kase = "{\"id\":\"fleet-e2e-1\",\"category\":\"string-concat-in-loop\","
            + "\"input\":\"String s = \\\"\\\"; for (String p : parts) { s += p; } return s;\","
            + "\"target\":\"StringBuilder b = new StringBuilder(); for (String p : parts) { b.append(p); } return b.toString();\","
            + "\"summary\":\"imported through one replica\",\"rate\":3.5}";
        HttpResponse<String> imported = send(survivor, "POST", "/api/kb/import?format=pie", kase);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        HttpResponse<String> seen = send(again, "GET", "/api/kb/cases/fleet-e2e-1", null);
        assertThat(seen.statusCode()).as("the case imported through the survivor, read through the other replica: " + seen.body())
            .isEqualTo(200);
        assertThat(json(seen).get("summary").asText()).isEqualTo("imported through one replica");
        String search = "/api/kb/cases?limit=5&query=" + java.net.URLEncoder.encode(
            "for (String p : parts) { s += p; }", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> a = send(survivor, "GET", search, null);
        HttpResponse<String> b = send(again, "GET", search, null);
        assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
        assertThat(json(b)).as("search through both replicas").isEqualTo(json(a));
        assertThat(a.body()).contains("fleet-e2e-1");
      }
    } finally {
      for (FleetProcess p : all) {
        p.kill();
      }
    }
  }

  private FleetProcess start(String id, Map<String, Object> common, String role, List<FleetProcess> all) {
    Map<String, Object> p = new HashMap<>(common);
    p.put("flamefix.fleet.role", role);
    p.put("flamefix.fleet.replica-id", id);
    p.put("flamefix.data-dir", dir.resolve(id).toString());
    FleetProcess proc = FleetProcess.start(id, p, dir);
    all.add(proc);
    return proc;
  }

  private static String id(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return json(r).get("id").asText();
  }

  private static JsonNode json(HttpResponse<String> r) {
    return TestServer.parse(r.body());
  }

  private int status(FleetProcess p, String path) {
    try {
      return send(p, "GET", path, null).statusCode();
    } catch (RuntimeException notUpYet) {
      return -1;
    }
  }

  private HttpResponse<String> send(FleetProcess p, String method, String path, Object body) {
    return send(p, method, path, body, "application/json");
  }

  private HttpResponse<String> send(FleetProcess p, String method, String path, Object body, String type) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.baseUrl() + path)).timeout(Duration.ofSeconds(240));
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", type).method(method, body instanceof byte[] bytes
          ? HttpRequest.BodyPublishers.ofByteArray(bytes) : HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition, String what, List<FleetProcess> watched)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) return;
      for (FleetProcess p : watched) {
        if (!p.alive()) throw new AssertionError("a process ended while waiting for " + what + ":\n" + p.log());
      }
      Thread.sleep(250);
    }
    StringBuilder logs = new StringBuilder();
    for (FleetProcess p : watched) logs.append("\n----\n").append(p.log());
    throw new AssertionError("not reached within 6 min: " + what + logs);
  }
}
