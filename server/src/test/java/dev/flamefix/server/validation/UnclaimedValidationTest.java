package dev.flamefix.server.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.server.support.TestServer;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.StageEvent;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote validation that no worker takes does not wait forever: after {@code
 * flamefix.validation.unclaimed-timeout} the task is withdrawn (no worker starting later runs it),
 * the wait ends with the reason, and {@code flamefix.validation.unclaimed} counts it. The same holds
 * from the moment the lease of a worker that took the task and died ran out, while a worker that
 * keeps renewing its lease is never cut off, however long it takes.
 */
class UnclaimedValidationTest {
  static final ValidationRequest REQUEST = ValidationRequest.of("c0-0", "demo.Sum", "class Sum {}", "class Sum {}",
      List.of("sum"), List.of());

  @Test
  void aValidationNoWorkerTakesIsWithdrawnWithAClearReason(@TempDir Path dataDir) {
    try (TestServer server = TestServer.h2(dataDir, Map.of("flamefix.validation.mode", "remote",
        "flamefix.validation.unclaimed-timeout", "1s", "flamefix.validation.poll-interval", "50ms"))) {
      ValidationRouting routing = server.context().getBean(ValidationRouting.class);
      ValidationTaskRepository tasks = server.context().getBean(ValidationTaskRepository.class);
      ValidationRequest request = ValidationRequest.of("c0-0", "demo.Sum", "class Sum {}", "class Sum {}",
          List.of("sum"), List.of());
      List<StageEvent> events = new ArrayList<>();

      assertThatThrownBy(() -> routing.forJob("job-without-worker").validate(request, events::add))
          .isInstanceOf(NoValidationWorkerException.class)
          .hasMessageContaining("no validation worker took the task within 1s");

      List<ValidationTaskRepository.Task> stored = tasks.ofJob("job-without-worker");
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).status()).isEqualTo(ValidationTaskRepository.Status.WITHDRAWN);
      assertThat(stored.get(0).error()).contains("no validation worker took the task within 1s");
      // A worker that starts now finds nothing to run.
      assertThat(tasks.claim("late-worker", System.currentTimeMillis(), System.currentTimeMillis() + 30_000))
          .isEmpty();
      assertThat(events).extracting(StageEvent::status).contains("queued");
      assertThat(server.metric("flamefix_validation_unclaimed_total")).isEqualTo(1.0);
      // The same request asked again (a rerun of the job) ends at once with the same reason.
      assertThatThrownBy(() -> routing.forJob("job-without-worker").validate(request, events::add))
          .isInstanceOf(NoValidationWorkerException.class)
          .hasMessageContaining("within 1s");
    }
  }

  @Test
  void aTaskWhoseWorkerDiedIsWithdrawnWhenNoWorkerTakesItAgainAndTheLateWorkerCannotStoreAVerdict(
      @TempDir Path dataDir) throws Exception {
    try (TestServer server = TestServer.h2(dataDir, Map.of("flamefix.validation.mode", "remote",
        "flamefix.validation.unclaimed-timeout", "2s", "flamefix.validation.poll-interval", "50ms"))) {
      ValidationRouting routing = server.context().getBean(ValidationRouting.class);
      ValidationTaskRepository tasks = server.context().getBean(ValidationTaskRepository.class);
      CompletableFuture<Verdict> waiting = CompletableFuture.supplyAsync(
          () -> routing.forJob("job-worker-died").validate(REQUEST, e -> { }));
      ValidationTaskRepository.Task queued = awaitTask(tasks, "job-worker-died");
      // A worker takes it with a short lease and dies: it never renews.
      long claimedAt = System.currentTimeMillis();
      assertThat(tasks.claim("dying-worker", claimedAt, claimedAt + 500)).isPresent();

      assertThatThrownBy(() -> waiting.get(2, TimeUnit.MINUTES))
          .hasCauseInstanceOf(NoValidationWorkerException.class)
          .hasMessageContaining("no validation worker took the task within 2s after worker dying-worker stopped"
              + " renewing its lease");
      ValidationTaskRepository.Task withdrawn = tasks.find(queued.id()).orElseThrow();
      assertThat(withdrawn.status()).isEqualTo(ValidationTaskRepository.Status.WITHDRAWN);
      assertThat(withdrawn.error()).contains("no validation worker took the task");
      assertThat(withdrawn.verdictJson()).isNull();
      assertThat(server.metric("flamefix_validation_unclaimed_total")).isEqualTo(1.0);

      // The worker was only slow: it comes back, but can neither keep nor finish the task.
      long late = System.currentTimeMillis();
      assertThat(tasks.renew(queued.id(), "dying-worker", late + 30_000)).isFalse();
      assertThat(tasks.complete(queued.id(), "dying-worker", ValidationJson.write(accepted()), late)).isFalse();
      assertThat(tasks.claim("late-worker", late, late + 30_000)).isEmpty();
      assertThat(tasks.find(queued.id()).orElseThrow().status()).isEqualTo(ValidationTaskRepository.Status.WITHDRAWN);
      // A rerun of the job asks again and ends at once with the same reason.
      assertThatThrownBy(() -> routing.forJob("job-worker-died").validate(REQUEST, e -> { }))
          .isInstanceOf(NoValidationWorkerException.class)
          .hasMessageContaining("stopped renewing its lease");
    }
  }

  @Test
  void aWorkerThatKeepsRenewingItsLeaseIsNotCutOffByTheUnclaimedTimeout(@TempDir Path dataDir) throws Exception {
    try (TestServer server = TestServer.h2(dataDir, Map.of("flamefix.validation.mode", "remote",
        "flamefix.validation.unclaimed-timeout", "2s", "flamefix.validation.poll-interval", "50ms"))) {
      ValidationRouting routing = server.context().getBean(ValidationRouting.class);
      ValidationTaskRepository tasks = server.context().getBean(ValidationTaskRepository.class);
      CompletableFuture<Verdict> waiting = CompletableFuture.supplyAsync(
          () -> routing.forJob("job-slow-worker").validate(REQUEST, e -> { }));
      ValidationTaskRepository.Task queued = awaitTask(tasks, "job-slow-worker");
      long now = System.currentTimeMillis();
      assertThat(tasks.claim("slow-worker", now, now + 400)).isPresent();
      // Renewed every 100 ms for two unclaimed timeouts: the waiting server must keep waiting.
      for (int i = 0; i < 40; i++) {
        Thread.sleep(100);
        assertThat(tasks.renew(queued.id(), "slow-worker", System.currentTimeMillis() + 400)).isTrue();
      }
      assertThat(waiting).isNotDone();
      assertThat(tasks.complete(queued.id(), "slow-worker", ValidationJson.write(accepted()),
          System.currentTimeMillis())).isTrue();
      assertThat(waiting.get(2, TimeUnit.MINUTES).accepted()).isTrue();
      assertThat(server.metric("flamefix_validation_unclaimed_total")).isEqualTo(0.0);
    }
  }

  private static ValidationTaskRepository.Task awaitTask(ValidationTaskRepository tasks, String job)
      throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      List<ValidationTaskRepository.Task> ts = tasks.ofJob(job);
      if (!ts.isEmpty()) return ts.get(0);
      Thread.sleep(50);
    }
    throw new AssertionError("the validation of " + job + " was never queued");
  }

  private static Verdict accepted() {
    return new Verdict(REQUEST.id(), true, "accepted", Stage.DECIDED, REQUEST.className(), REQUEST.targetMethods(),
        null, null, null, null, null, "", 1);
  }
}
