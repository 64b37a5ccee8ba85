package dev.flamefix.server.validation;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flamefix.validation.*} (environment {@code FLAMEFIX_VALIDATION_MODE}, ...): where candidate
 * code runs.
 *
 * @param mode {@code local} (default: this server validates in its own sandboxed children) or
 *     {@code remote} (this server runs no candidate code; it queues each validation in the
 *     database for {@code flamefix worker} processes)
 * @param lease how long a worker's claim on a validation holds without renewal; a validation
 *     whose worker died is retried by another after it (default 30 s, renewed every third of it)
 * @param pollInterval how often waiting servers and idle workers look at the queue (default 500 ms)
 * @param maxAttempts starts of one validation before it is given up with the reason (default 3)
 * @param workerThreads validations one worker process runs at once (default 1: JMH wants quiet cores)
 * @param unclaimedTimeout how long a queued validation may wait for a worker to take it; after it
 *     the job's queued validations are withdrawn and the job fails with "no validation worker took
 *     the task within ..." instead of waiting forever (default 10 min; a task a worker took is
 *     not limited by it)
 */
@ConfigurationProperties("flamefix.validation")
public record ValidationProperties(String mode, Duration lease, Duration pollInterval, Integer maxAttempts,
    Integer workerThreads, Duration unclaimedTimeout) {
  public ValidationProperties {
    mode = mode == null || mode.isBlank() ? "local" : mode.trim().toLowerCase(Locale.ROOT);
    if (!mode.equals("local") && !mode.equals("remote")) {
      throw new IllegalArgumentException("flamefix.validation.mode must be 'local' or 'remote', not '" + mode + "'");
    }
    lease = lease == null || lease.toMillis() < 300 ? Duration.ofSeconds(30) : lease;
    pollInterval = pollInterval == null || pollInterval.toMillis() < 10 ? Duration.ofMillis(500) : pollInterval;
    maxAttempts = maxAttempts == null || maxAttempts < 1 ? 3 : maxAttempts;
    workerThreads = workerThreads == null || workerThreads < 1 ? 1 : workerThreads;
    unclaimedTimeout = unclaimedTimeout == null || unclaimedTimeout.toMillis() < 1 ? Duration.ofMinutes(10)
        : unclaimedTimeout;
  }

  /** Whether candidates are validated by workers rather than in this process's children. */
  public boolean remote() {
    return mode.equals("remote");
  }
}
