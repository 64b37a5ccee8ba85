package dev.flamefix.server.validation;

import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.server.fleet.FleetProperties;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Verdict;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A validation worker ({@code flamefix.fleet.role=worker}, {@code flamefix worker}): claims queued
 * candidate validations, runs them with the validator (compile, differential testing and JMH in
 * sandboxed children), and stores the verdicts. It holds a lease on each task, renewed while it
 * runs; a worker killed mid-benchmark stops renewing, and another worker retries the task once the
 * lease expired, up to {@code flamefix.validation.max-attempts} starts.
 */
@Component
public class ValidationWorker {
  private static final Logger log = LoggerFactory.getLogger(ValidationWorker.class);

  private final FleetProperties fleet;
  private final ValidationProperties properties;
  private final ValidationTaskRepository tasks;
  private final PipelineFactory pipelines;
  private final Clock clock;
  private final Map<String, Boolean> running = new ConcurrentHashMap<>();
  private ExecutorService threads;
  private ScheduledExecutorService renewals;
  private volatile boolean stopping;

  public ValidationWorker(FleetProperties fleet, ValidationProperties properties, ValidationTaskRepository tasks,
      PipelineFactory pipelines, Clock clock) {
    this.fleet = fleet;
    this.properties = properties;
    this.tasks = tasks;
    this.pipelines = pipelines;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!fleet.worker()) return;
    AtomicInteger n = new AtomicInteger();
    threads = Executors.newFixedThreadPool(properties.workerThreads(), r -> {
      Thread t = new Thread(r, "flamefix-validation-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    renewals = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "flamefix-validation-leases");
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(100, properties.lease().toMillis() / 3);
    renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    for (int i = 0; i < properties.workerThreads(); i++) {
      threads.submit(this::work);
    }
    log.info("validation worker {} started ({} thread(s), lease {})", fleet.replicaId(), properties.workerThreads(),
        properties.lease());
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (threads == null) return;
    renewals.shutdownNow();
    threads.shutdownNow();
    try {
      threads.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (String id : running.keySet()) {
      tasks.release(id, fleet.replicaId(), clock.millis()); // another worker retries it without waiting for the lease
    }
  }

  private void work() {
    while (!stopping && !Thread.currentThread().isInterrupted()) {
      try {
        long now = clock.millis();
        ValidationTaskRepository.Task task = tasks.claim(fleet.replicaId(), now, now + properties.lease().toMillis())
            .orElse(null);
        if (task == null) {
          Thread.sleep(properties.pollInterval().toMillis());
          continue;
        }
        validate(task);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.warn("validation worker loop failed; retrying", e);
        try {
          Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  private void validate(ValidationTaskRepository.Task task) {
    String me = fleet.replicaId();
    if (task.attempts() > properties.maxAttempts()) {
      tasks.fail(task.id(), me, "given up after " + properties.maxAttempts()
          + " start(s): each worker stopped or died before it finished", clock.millis());
      log.warn("validation {} given up after {} start(s)", task.id(), properties.maxAttempts());
      return;
    }
    running.put(task.id(), Boolean.TRUE);
    try {
      ValidationRequest request = ValidationJson.request(task.requestJson());
      log.info("validating {} (start {})", task.id(), task.attempts());
      Verdict v = pipelines.validator().validate(request,
          e -> tasks.progress(task.id(), me, ValidationJson.write(e), clock.millis()));
      if (stopping || Thread.currentThread().isInterrupted()) return; // released in stop(): retried elsewhere
      if (!tasks.complete(task.id(), me, ValidationJson.write(v), clock.millis())) {
        log.warn("validation {} finished after another worker took it over or it was withdrawn; verdict dropped",
            task.id());
      }
    } catch (RuntimeException e) {
      if (stopping) return;
      String msg = e.getMessage() == null ? e.toString() : e.getMessage();
      tasks.fail(task.id(), me, msg, clock.millis());
      log.warn("validation {} failed", task.id(), e);
    } finally {
      running.remove(task.id());
    }
  }

  private void renew() {
    for (String id : running.keySet()) {
      try {
        if (!tasks.renew(id, fleet.replicaId(), clock.millis() + properties.lease().toMillis())) {
          log.warn("lost the lease of validation {}", id);
        }
      } catch (RuntimeException e) {
        log.warn("renewing validation {} failed; retrying", id, e);
      }
    }
  }
}
