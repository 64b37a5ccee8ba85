package dev.flamefix.server.retention;

import dev.flamefix.collector.ingest.IngestLimits;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Keeps the window store bounded: every {@code flamefix.retention.interval}, windows older than
 * {@code downsampled} are deleted, and raw windows older than {@code raw} are merged into one row
 * per app, event, label set and bucket (an hour by default). Merging keeps every stack's count, so
 * flame graphs and hotspots over old ranges keep their totals; what is lost is the split by process
 * (pid and host become empty when they differ) and time resolution finer than a bucket.
 */
@Service
public class RetentionService {
  private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

  private final RetentionProperties properties;
  private final RetentionRepository repository;
  private final IngestLimits storedLimits;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  /**
   * @param ingest the ingest limits; stored windows are decoded under them with the size bounds
   *     lifted, as queries do
   */
  public RetentionService(RetentionProperties properties, RetentionRepository repository,
      IngestLimits ingest, Clock clock) {
    this.properties = properties;
    this.repository = repository;
    this.storedLimits =
        ingest.toBuilder().maxCompressedBytes(1L << 30).maxDecompressedBytes(1L << 30).build();
    this.clock = clock;
  }

  /** What one run did. */
  public record Result(int deleted, int bucketsMerged, long windowsMerged, int conflicts) {}

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.enabled()) {
      log.info("profile retention off (flamefix.retention.enabled=false): windows are kept forever");
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "flamefix-retention");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(this::safeRun, properties.initialDelay().toMillis(),
        properties.interval().toMillis(), TimeUnit.MILLISECONDS);
    log.info("profile retention: raw windows for {}, merged per {} until {}", properties.raw(),
        properties.bucket(), properties.downsampled());
  }

  @PreDestroy
  void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  private void safeRun() {
    try {
      Result r = runOnce();
      if (r.deleted() > 0 || r.windowsMerged() > 0) {
        log.info("retention: deleted {} windows, merged {} windows into {} buckets", r.deleted(),
            r.windowsMerged(), r.bucketsMerged());
      }
    } catch (RuntimeException e) {
      log.warn("retention run failed", e);
    }
  }

  /** One run, now: delete what is past {@code downsampled}, merge what is past {@code raw}. */
  public Result runOnce() {
    long now = clock.millis();
    int deleted = properties.downsampled().isZero()
        ? 0
        : repository.deleteEndedBefore(now - properties.downsampled().toMillis());
    if (properties.raw().isZero()) {
      return new Result(deleted, 0, 0, 0);
    }
    long bucketMs = properties.bucket().toMillis();
    // Whole buckets only: one that is still filling up past the raw age is merged next run.
    long before = Math.floorDiv(now - properties.raw().toMillis(), bucketMs) * bucketMs;
    int buckets = 0;
    long merged = 0;
    int conflicts = 0;
    for (RetentionRepository.Bucket bucket : repository.bucketsWithRawWindows(before, bucketMs)) {
      try {
        for (int n; (n = repository.mergeBatch(bucket, properties.batch(), storedLimits)) > 0; ) {
          merged += n;
        }
        buckets++;
      } catch (ConcurrentMergeException | ConcurrencyFailureException | DuplicateKeyException e) {
        // Another replica is merging this bucket; what it did not finish is merged next run.
        conflicts++;
        log.debug("retention: {}", e.getMessage());
      }
    }
    return new Result(deleted, buckets, merged, conflicts);
  }
}
