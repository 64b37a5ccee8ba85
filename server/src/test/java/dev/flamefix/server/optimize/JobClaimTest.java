package dev.flamefix.server.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.server.fleet.FleetDatabase;
import dev.flamefix.server.optimize.JobRepository.JobDocument;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * Job leases on the real PostgreSQL, each "replica" with its own connections: claimers racing for
 * queued jobs get each exactly once; an expired lease is taken over and the old holder can neither
 * renew nor write; a released lease is taken at once; a job proposes once per target.
 */
class JobClaimTest {
  private FleetDatabase db;

  @BeforeEach
  void schema() throws Exception {
    db = FleetDatabase.fresh("flamefix_fleet_claims");
  }

  private JobRepository replica() {
    return new JobRepository(db.jdbc(), new ObjectMapper(), Clock.systemUTC());
  }

  private static JobDocument queued(String id, long createdMs) {
    String at = java.time.Instant.ofEpochMilli(createdMs).toString();
    JobView v = new JobView(id, "orders", List.of("a.B#c"), JobStatus.QUEUED, "queued", 0, List.of(), List.of(), null,
        List.of(), null, at, at, 0, 0);
    return new JobDocument(v, new OptimizationSpec("orders", null, null, List.of("a.B#c"), null));
  }

  @Test
  void racingClaimersGetEveryJobExactlyOnce() throws Exception {
    JobRepository seed = replica();
    int n = 60;
    for (int i = 0; i < n; i++) {
      seed.insert(queued(String.format("job-%03d", i), 1000 + i), 1000 + i);
    }
    List<JobRepository> replicas = List.of(replica(), replica());
    int claimers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(claimers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int c = 0; c < claimers; c++) {
      JobRepository r = replicas.get(c % 2);
      String owner = "replica-" + c;
      results.add(pool.submit(() -> {
        go.await();
        List<String> mine = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (JobRepository.Claim claim; (claim = r.claim(owner, now, now + 60_000).orElse(null)) != null; ) {
          mine.add(claim.doc().view().id());
        }
        return mine;
      }));
    }
    go.countDown();
    List<String> all = new ArrayList<>();
    List<Integer> perClaimer = new ArrayList<>();
    for (Future<List<String>> f : results) {
      List<String> mine = f.get(2, TimeUnit.MINUTES);
      all.addAll(mine);
      perClaimer.add(mine.size());
    }
    pool.shutdown();
    assertThat(all).as("claims per claimer %s", perClaimer).hasSize(n).doesNotHaveDuplicates();
    Collections.sort(all);
    assertThat(all.get(0)).isEqualTo("job-000");
    assertThat(all.get(n - 1)).isEqualTo(String.format("job-%03d", n - 1));
  }

  @Test
  void expiredLeaseIsTakenOverAndTheOldHolderCanNoLongerWrite() {
    JobRepository a = replica();
    JobRepository b = replica();
    a.insert(queued("job-1", 1000), 1000);

    JobRepository.Claim first = a.claim("A", 10_000, 20_000).orElseThrow();
    assertThat(first.previousOwner()).isNull();
    JobDocument runningDoc = new JobDocument(first.doc().view().with(JobStatus.RUNNING, "validate", 0.5, null),
        first.doc().spec());
    assertThat(a.updateOwned(runningDoc, "A")).isTrue();
    assertThat(b.claim("B", 15_000, 25_000)).as("the lease still holds").isEmpty();
    assertThat(a.renew("job-1", "A", 30_000)).isTrue();
    assertThat(b.claim("B", 25_000, 35_000)).as("renewed").isEmpty();

    // A stops renewing (died): after the lease, B takes it over, and sees from whom.
    JobRepository.Claim taken = b.claim("B", 30_000, 40_000).orElseThrow();
    assertThat(taken.doc().view().id()).isEqualTo("job-1");
    assertThat(taken.doc().view().status()).isEqualTo(JobStatus.RUNNING);
    assertThat(taken.doc().view().stage()).isEqualTo("validate");
    assertThat(taken.previousOwner()).isEqualTo("A");
    assertThat(taken.released()).isFalse();
    assertThat(a.renew("job-1", "A", 50_000)).as("A lost it").isFalse();
    assertThat(a.updateOwned(runningDoc, "A")).as("A may no longer write").isFalse();
    assertThat(b.updateOwned(runningDoc, "B")).isTrue();
    assertThat(b.leaseOwner("job-1")).contains("B");

    // B shuts down and releases it: the next claim gets it at once, marked released.
    b.release("job-1", "B");
    JobRepository.Claim resumed = a.claim("C", 31_000, 41_000).orElseThrow();
    assertThat(resumed.previousOwner()).isEqualTo("B");
    assertThat(resumed.released()).isTrue();

    // Finished jobs are never claimed again.
    JobDocument done = new JobDocument(resumed.doc().view().with(JobStatus.DONE, "done", 1, null), resumed.doc().spec());
    assertThat(a.updateOwned(done, "C")).isTrue();
    assertThat(b.claim("D", 99_000, 100_000)).isEmpty();
  }

  @Test
  void aJobProposesOncePerTarget() {
    var jdbc = db.jdbc();
    String insert = "INSERT INTO proposal (id, app, target, status, patch_hash, created_ms, proposal_json, job_id)"
        + " VALUES (:id, 'orders', 'a.B#c', 'PROPOSED', :hash, 0, '{}', :job)";
    jdbc.sql(insert).param("id", "p1").param("hash", "h1").param("job", "job-1").update();
    // The rerun after a takeover accepted another candidate: still no second proposal of the job.
    assertThatThrownBy(() -> jdbc.sql(insert).param("id", "p2").param("hash", "h2").param("job", "job-1").update())
        .isInstanceOf(DuplicateKeyException.class);
    jdbc.sql(insert).param("id", "p3").param("hash", "h3").param("job", "job-2").update();
    jdbc.sql(insert).param("id", "p4").param("hash", "h4").param("job", null).update();
    jdbc.sql(insert).param("id", "p5").param("hash", "h5").param("job", null).update();
    assertThat(jdbc.sql("SELECT count(*) FROM proposal").query(Integer.class).single()).isEqualTo(4);
  }
}
