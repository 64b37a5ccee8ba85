package dev.flamefix.server.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.server.support.TestServer;
import dev.flamefix.validator.StageEvent;
import dev.flamefix.validator.ValidationRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remote validation that no worker takes does not wait forever: after {@code
 * flamefix.validation.unclaimed-timeout} the task is withdrawn (no worker starting later runs it),
 * the wait ends with the reason, and {@code flamefix.validation.unclaimed} counts it.
 */
class UnclaimedValidationTest {

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
}
