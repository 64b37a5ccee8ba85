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
   * withdrawn and fails the job with that reason.
   */
  private Verdict remote(String jobId, ValidationRequest request, ProgressListener listener) {
    String json = ValidationJson.write(request);
    String id = ValidationJson.taskId(jobId, json);
    tasks.enqueue(id, jobId, json, clock.millis());
    listener.onEvent(new StageEvent(request.id(), dev.flamefix.validator.Stage.COMPILE, "queued",
        "waiting for a validation worker", 0));
    String lastProgress = null;
    long giveUpAt = clock.millis() + properties.unclaimedTimeout().toMillis();
    while (true) {
      ValidationTaskRepository.Task t = tasks.find(id)
          .orElseThrow(() -> new IllegalStateException("validation task " + id + " disappeared"));
      switch (t.status()) {
        case DONE:
          return ValidationJson.verdict(t.verdictJson());
        case FAILED:
          throw new IllegalStateException("validation of " + request.id() + " failed on the workers: " + t.error());
        case WITHDRAWN:
          throw new NoValidationWorkerException(t.error());
        case QUEUED:
          if (clock.millis() >= giveUpAt) {
            String reason = "no validation worker took the task within " + properties.unclaimedTimeout()
                .toString().substring(2).toLowerCase(java.util.Locale.ROOT) + " (flamefix.validation.unclaimed-timeout);"
                + " is a 'flamefix worker' running on this database?";
            int withdrawn = tasks.withdrawQueued(jobId, reason, clock.millis());
            if (withdrawn > 0) {
              unclaimed.increment(withdrawn);
              throw new NoValidationWorkerException(reason);
            }
            continue; // a worker claimed it just now: read its state again
          }
          break;
        default:
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
}
