package dev.flamefix.server.proposals;

import static dev.flamefix.server.support.KilnDrafts.OTHER_PATCH;
import static dev.flamefix.server.support.KilnDrafts.PATCHED_NEW_PRINT;
import static dev.flamefix.server.support.KilnDrafts.PATCHED_OLD_PRINT;
import static dev.flamefix.server.support.KilnDrafts.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.server.appconfig.AppConfigService;
import dev.flamefix.server.learning.LearningService;
import dev.flamefix.server.optimize.OptimizeProperties;
import dev.flamefix.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What happens when the same patch is validated again, on every database the server runs on: a
 * later job refreshes an undecided proposal in place (same id, newest diff, speed-up, evidence and
 * validation time, through the service and the REST API); a decided proposal and a job's rerun
 * after a takeover leave it as it is; a decision made while a job refreshes wins. Each subclass
 * points one server at one database (embedded H2, the PostgreSQL of {@code scripts/test.sh}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProposalRefreshContract {
  private TestServer server;
  private ProposalService proposals;
  private final HttpClient http = HttpClient.newHttpClient();

  /** Spring properties that point the server at the database under test. */
  protected abstract Map<String, Object> databaseProperties() throws Exception;

  @BeforeAll
  void start() throws Exception {
    server = TestServer.start(databaseProperties());
    proposals = server.context().getBean(ProposalService.class);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String app() {
    return "kiln-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private JsonNode restProposal(String id) {
    return server.getJson("/api/proposals/" + id);
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int rows(String app) {
    return server.context().getBean(JdbcClient.class).sql("SELECT count(*) FROM proposal WHERE app = :app")
        .param("app", app).query(Integer.class).single();
  }

  @Test
  void anUndecidedProposalValidatedAgainByAnotherJobShowsTheNewestMeasurement() throws Exception {
    String app = app();
    ProposalService.Created first = proposals.create(draft(app, "job-a", 1.8, PATCHED_OLD_PRINT, 120));
    assertThat(first.created()).isTrue();
    Proposal before = first.proposal();
    assertThat(before.validatedAt()).isEqualTo(before.createdAt());
    assertThat(before.validatedJobId()).isEqualTo(app + "/job-a");
    Thread.sleep(20); // so the second validation has a later instant than the first

    ProposalService.Draft again = draft(app, "job-b", 2.6, PATCHED_NEW_PRINT, 480);
    ProposalService.Created second = proposals.create(again);
    assertThat(second.created()).isFalse();
    assertThat(second.refreshed()).isTrue();
    assertThat(second.proposal().id()).isEqualTo(before.id());

    Proposal p = proposals.get(before.id());
    assertThat(p.status()).isEqualTo(ProposalStatus.PROPOSED);
    assertThat(p.speedup()).isEqualTo(2.6);
    assertThat(p.diff()).isEqualTo(again.diff()).contains("    return java").doesNotContain("        return");
    assertThat(p.evidence().callsMade()).isEqualTo(480);
    assertThat(p.evidence().benchmarkCommand()).isEqualTo("java -jar jmh-" + app + "/job-b.jar");
    assertThat(p.explanation()).isEqualTo("measured by " + app + "/job-b");
    assertThat(p.report().get("job").asText()).isEqualTo(app + "/job-b");
    assertThat(p.savings().speedup()).isEqualTo(2.6);
    assertThat(p.savings().hotspotShare()).isEqualTo(0.1 * 2.6);
    assertThat(p.createdAt()).isEqualTo(before.createdAt());
    assertThat(p.jobId()).as("the job that created it").isEqualTo(app + "/job-a");
    assertThat(p.validatedJobId()).isEqualTo(app + "/job-b");
    assertThat(Instant.parse(p.validatedAt())).isAfter(Instant.parse(before.validatedAt()));
    assertThat(p).isEqualTo(second.proposal());
    // Accepting it later learns from the newest print of the patch.
    StoredProposal stored = server.context().getBean(ProposalRepository.class).find(p.id()).orElseThrow();
    assertThat(stored.patchedSource()).isEqualTo(PATCHED_NEW_PRINT);
    assertThat(rows(app)).isEqualTo(1);

    JsonNode rest = restProposal(p.id());
    assertThat(rest.get("speedup").asDouble()).isEqualTo(2.6);
    assertThat(rest.get("diff").asText()).isEqualTo(again.diff());
    assertThat(rest.get("evidence").get("callsMade").asInt()).isEqualTo(480);
    assertThat(rest.get("savings").get("speedup").asDouble()).isEqualTo(2.6);
    assertThat(rest.get("createdAt").asText()).isEqualTo(before.createdAt());
    assertThat(rest.get("validatedAt").asText()).isEqualTo(p.validatedAt());
    assertThat(rest.get("validatedJobId").asText()).isEqualTo(app + "/job-b");
    assertThat(rest.get("jobId").asText()).isEqualTo(app + "/job-a");
    JsonNode list = server.getJson("/api/proposals?app=" + app);
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asText()).isEqualTo(p.id());
    assertThat(list.get(0).get("speedup").asDouble()).isEqualTo(2.6);
    assertThat(list.get(0).get("validatedAt").asText()).isEqualTo(p.validatedAt());
    assertThat(server.getJson("/api/apps/" + app + "/savings").get("coreHoursPerDay").asDouble())
        .isEqualTo(p.savings().coreHoursPerDay());
  }

  @Test
  void aDecidedProposalIsNeverRefreshed() throws Exception {
    String app = app();
    Proposal made = proposals.create(draft(app, "job-a", 1.8, PATCHED_OLD_PRINT, 120)).proposal();
    HttpResponse<String> rejected = post("/api/proposals/" + made.id() + "/reject", "{\"comment\": \"not on this kiln\"}");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    Proposal decided = proposals.get(made.id());

    ProposalService.Created again = proposals.create(draft(app, "job-b", 2.6, PATCHED_NEW_PRINT, 480));
    assertThat(again.created()).isFalse();
    assertThat(again.refreshed()).isFalse();
    assertThat(again.proposal()).isEqualTo(decided);
    assertThat(proposals.get(made.id())).isEqualTo(decided);
    JsonNode rest = restProposal(made.id());
    assertThat(rest.get("status").asText()).isEqualTo("REJECTED");
    assertThat(rest.get("comment").asText()).isEqualTo("not on this kiln");
    assertThat(rest.get("speedup").asDouble()).isEqualTo(1.8);
    assertThat(rest.get("diff").asText()).isEqualTo(made.diff());
    assertThat(rest.get("validatedJobId").asText()).isEqualTo(app + "/job-a");
    assertThat(rest.get("validatedAt").asText()).isEqualTo(made.validatedAt());
    assertThat(rows(app)).isEqualTo(1);
  }

  @Test
  void aJobRerunAfterATakeoverLeavesItsProposalAsItIs() throws Exception {
    String app = app();
    Proposal made = proposals.create(draft(app, "job-a", 1.8, PATCHED_OLD_PRINT, 120)).proposal();
    Thread.sleep(20);
    // The rerun of the same job measures the same patch again, or accepts another candidate.
    rerunsKeep(made, draft(app, "job-a", 2.6, PATCHED_NEW_PRINT, 480), draft(app, "job-a", 2.6, OTHER_PATCH, 480));
    assertThat(restProposal(made.id()).get("speedup").asDouble()).isEqualTo(1.8);

    // A job that refreshed it is treated the same when it is rerun: it already made its proposal.
    Proposal refreshed = proposals.create(draft(app, "job-b", 2.2, PATCHED_NEW_PRINT, 300)).proposal();
    assertThat(refreshed.speedup()).isEqualTo(2.2);
    Thread.sleep(20);
    rerunsKeep(refreshed, draft(app, "job-b", 3.1, PATCHED_OLD_PRINT, 900), draft(app, "job-b", 3.1, OTHER_PATCH, 900));
    assertThat(rows(app)).isEqualTo(1);
  }

  /** Each rerun draft answers {@code kept} as it is, and leaves it stored as it is. */
  private void rerunsKeep(Proposal kept, ProposalService.Draft... reruns) {
    for (ProposalService.Draft d : reruns) {
      ProposalService.Created rerun = proposals.create(d);
      assertThat(rerun.created()).isFalse();
      assertThat(rerun.refreshed()).isFalse();
      assertThat(rerun.proposal()).isEqualTo(kept);
    }
    assertThat(proposals.get(kept.id())).isEqualTo(kept);
  }

  @Test
  void aDecisionMadeWhileAJobRefreshesWins() throws Exception {
    String app = app();
    Proposal made = proposals.create(draft(app, "job-a", 1.8, PATCHED_OLD_PRINT, 120)).proposal();
    var ctx = server.context();
    // This job reads the undecided proposal, then a reviewer rejects it before the job writes.
    ProposalRepository racing = new ProposalRepository(ctx.getBean(JdbcClient.class), ctx.getBean(ObjectMapper.class),
        ctx.getBean(Clock.class)) {
      @Override
      public Optional<StoredProposal> findByPatch(String a, String target, String patchHash) {
        Optional<StoredProposal> found = super.findByPatch(a, target, patchHash);
        proposals.decide(made.id(), false, "rejected while job-b measured");
        return found;
      }
    };
    ProposalService job = new ProposalService(racing, ctx.getBean(LearningService.class),
        ctx.getBean(AppConfigService.class), ctx.getBean(OptimizeProperties.class), ctx.getBean(ObjectMapper.class),
        ctx.getBean(Clock.class));

    ProposalService.Created late = job.create(draft(app, "job-b", 2.6, PATCHED_NEW_PRINT, 480));
    assertThat(late.created()).isFalse();
    assertThat(late.refreshed()).isFalse();
    assertThat(late.proposal().status()).isEqualTo(ProposalStatus.REJECTED);
    Proposal now = proposals.get(made.id());
    assertThat(now.status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(now.comment()).isEqualTo("rejected while job-b measured");
    assertThat(now.speedup()).isEqualTo(1.8);
    assertThat(now.validatedJobId()).isEqualTo(app + "/job-a");
    assertThat(server.getJson("/api/proposals?app=" + app + "&status=proposed")).isEmpty();
    assertThat(server.getJson("/api/proposals?app=" + app + "&status=rejected")).hasSize(1);
  }

  @Test
  void jobsRefreshingAtOnceNeverUndoADecision() throws Exception {
    String app = app();
    Proposal made = proposals.create(draft(app, "job-0", 1.5, PATCHED_OLD_PRINT, 100)).proposal();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch decided = new CountDownLatch(1);
    CountDownLatch refreshing = new CountDownLatch(threads);
    List<Future<Integer>> afterDecision = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      afterDecision.add(pool.submit(() -> {
        int after = 0;
        for (int i = 0; after < 5; i++) {
          boolean wasDecided = decided.getCount() == 0;
          String patched = i % 2 == 0 ? PATCHED_NEW_PRINT : PATCHED_OLD_PRINT;
          ProposalService.Created c = proposals.create(draft(app, "job-" + thread + "-" + i, 2 + thread + i / 100.0,
              patched, 200 + i));
          assertThat(c.created()).isFalse();
          if (i == 0) {
            refreshing.countDown();
          }
          if (wasDecided) {
            assertThat(c.refreshed()).isFalse();
            assertThat(c.proposal().status()).isEqualTo(ProposalStatus.REJECTED);
            after++;
          }
        }
        return after;
      }));
    }
    assertThat(refreshing.await(2, TimeUnit.MINUTES)).isTrue();
    Proposal rejected = proposals.decide(made.id(), false, "kept as reviewed");
    decided.countDown();
    for (Future<Integer> f : afterDecision) {
      assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(5);
    }
    pool.shutdown();
    assertThat(proposals.get(made.id())).isEqualTo(rejected);
    assertThat(server.getJson("/api/proposals?app=" + app + "&status=rejected")).hasSize(1);
    assertThat(rows(app)).isEqualTo(1);
  }
}
