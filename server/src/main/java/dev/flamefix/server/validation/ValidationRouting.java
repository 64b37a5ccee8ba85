package dev.flamefix.server.validation;

import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.validator.ProgressListener;
import dev.flamefix.validator.StageEvent;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Verdict;
import java.time.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Where a job's candidates are validated: in this process's sandboxed children ({@code
 * flamefix.validation.mode=local}), or queued in {@code validation_task} for workers and awaited
 * ({@code remote}: this process never runs candidate code).
 */
@Component
public class ValidationRouting {
  private final ValidationProperties properties;
  private final ValidationTaskRepository tasks;
  private final PipelineFactory pipelines;
  private final Clock clock;
  private final Counter unclaimed;

  public ValidationRouting(ValidationProperties properties, ValidationTaskRepository tasks, PipelineFactory pipelines,
      Clock clock, MeterRegistry meters) {
    this.properties = properties;
    this.tasks = tasks;
    this.pipelines = pipelines;
    this.clock = clock;
    this.unclaimed = Counter.builder("flamefix.validation.unclaimed")
        .description("Validations withdrawn because no worker took them within flamefix.validation.unclaimed-timeout")
        .register(meters);
  }

  /** The validation step of one job's pipeline. */
  public CandidatePipeline.Validation forJob(String jobId) {
    if (!properties.remote()) {
      return pipelines.validator()::validate;
    }
    return (request, listener) -> remote(jobId, request, listener);
  }

  /**
   * Queues the request (or finds it queued or done by an earlier run of the job) and waits for a
   * worker's verdict, relaying the worker's stage events. A task still queued after {@code
   * flamefix.validation.unclaimed-timeout} (no worker running, or all busy for that long) is
   * withdrawn and fails the job with that reason; so is a task whose worker stopped renewing its
   * lease (died, or shut down) when no worker took it again within that timeout counted from the
   * end of the lease. Both withdrawals are compare-and-set on the database row, so a worker that
   * claims the task at that moment keeps it, and a slow worker that comes back later can no longer
   * store a verdict: the job never proposes from a task it gave up on.
   */
  private Verdict remote(String jobId, ValidationRequest request, ProgressListener listener) {
    String json = ValidationJson.write(request);
    String id = ValidationJson.taskId(jobId, json);
    tasks.enqueue(id, jobId, json, clock.millis());
    listener.onEvent(new StageEvent(request.id(), dev.flamefix.validator.Stage.COMPILE, "queued",
        "waiting for a validation worker", 0));
    String lastProgress = null;
    long timeout = properties.unclaimedTimeout().toMillis();
    long giveUpAt = clock.millis() + timeout;
    while (true) {
      ValidationTaskRepository.Task t = tasks.find(id)
          .orElseThrow(() -> new IllegalStateException("validation task " + id + " disappeared"));
      long now = clock.millis();
      switch (t.status()) {
        case DONE:
          return ValidationJson.verdict(t.verdictJson());
        case FAILED:
          throw new IllegalStateException("validation of " + request.id() + " failed on the workers: " + t.error());
        case WITHDRAWN:
          throw new NoValidationWorkerException(t.error());
        case QUEUED:
          if (now >= giveUpAt) {
            String reason = unclaimedReason("");
            int withdrawn = tasks.withdrawQueued(jobId, reason, now);
            if (withdrawn > 0) {
              unclaimed.increment(withdrawn);
              throw new NoValidationWorkerException(reason);
            }
            continue; // a worker claimed it just now: read its state again
          }
          break;
        default:
          if (t.orphaned(now) && now - t.leaseUntilMs() >= timeout) {
            String reason = unclaimedReason(" after worker " + t.owner() + " stopped renewing its lease (start "
                + t.attempts() + ")");
            if (tasks.withdrawOrphaned(id, reason, now, now - timeout)) {
              unclaimed.increment(1 + tasks.withdrawQueued(jobId, reason, now));
              throw new NoValidationWorkerException(reason);
            }
            continue; // claimed or renewed just now: read its state again
          }
          if (t.progressJson() != null && !Objects.equals(t.progressJson(), lastProgress)) {
            lastProgress = t.progressJson();
            listener.onEvent(ValidationJson.event(lastProgress));
          }
      }
      try {
        Thread.sleep(properties.pollInterval().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a validation worker", e);
      }
    }
  }

  private String unclaimedReason(String when) {
    return "no validation worker took the task within " + properties.unclaimedTimeout().toString().substring(2)
        .toLowerCase(java.util.Locale.ROOT) + when + " (flamefix.validation.unclaimed-timeout);"
        + " is a 'flamefix worker' running on this database?";
  }
}
