package dev.flamefix.server.loop;

import dev.flamefix.server.appconfig.AppConfig;
import dev.flamefix.server.appconfig.AppConfigService;
import dev.flamefix.server.fleet.FleetProperties;
import dev.flamefix.server.fleet.LeaseRepository;
import dev.flamefix.server.optimize.HotspotShares;
import dev.flamefix.server.optimize.JobView;
import dev.flamefix.server.optimize.OptimizationService;
import dev.flamefix.server.optimize.OptimizationSpec;
import dev.flamefix.server.profiles.HotspotReport;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hotspots become proposals without anyone asking: every {@code flamefix.loop.interval}, for each
 * configured app within its budget, the top hotspots not tried yet (or whose share grew by {@code
 * share-growth} since) are queued as optimization jobs. De-duplication of the results happens at
 * the proposal store.
 *
 * <p>Every replica runs this schedule, but an app's round happens on one replica per interval:
 * the one holding the app's {@code loop:<app>} lease (taken for one interval, extended by its
 * holder each round, taken over by another replica once the holder stops renewing it).
 */
@Component
public class ContinuousLoop {
  private static final Logger log = LoggerFactory.getLogger(ContinuousLoop.class);

  private final LoopProperties properties;
  private final AppConfigService apps;
  private final HotspotShares hotspots;
  private final OptimizationService optimizations;
  private final LoopAttemptRepository attempts;
  private final LeaseRepository leases;
  private final FleetProperties fleet;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  public ContinuousLoop(LoopProperties properties, AppConfigService apps, HotspotShares hotspots,
      OptimizationService optimizations, LoopAttemptRepository attempts, LeaseRepository leases,
      FleetProperties fleet, Clock clock) {
    this.properties = properties;
    this.apps = apps;
    this.hotspots = hotspots;
    this.optimizations = optimizations;
    this.attempts = attempts;
    this.leases = leases;
    this.fleet = fleet;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!properties.enabled() || fleet.worker()) {
      log.info("continuous optimization loop off ({})", fleet.worker() ? "validation worker" : "flamefix.loop.enabled=false");
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "flamefix-loop");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(this::safeRound, properties.initialDelay().toMillis(),
        properties.interval().toMillis(), TimeUnit.MILLISECONDS);
    log.info("continuous optimization loop every {} (top {} hotspots per app)", properties.interval(), properties.top());
  }

  @PreDestroy
  void stop() {
    if (scheduler != null) scheduler.shutdownNow();
  }

  private void safeRound() {
    try {
      round();
    } catch (RuntimeException e) {
      log.warn("optimization loop round failed", e);
    }
  }

  /** One round over every configured app whose loop lease this replica holds; returns the jobs queued. */
  public List<JobView> round() {
    List<JobView> queued = new ArrayList<>();
    for (AppConfig app : apps.all()) {
      queued.addAll(roundFor(app));
    }
    return queued;
  }

  private List<JobView> roundFor(AppConfig app) {
    long now = clock.millis();
    if (!leases.tryAcquire("loop:" + app.app(), fleet.replicaId(), now, now + properties.interval().toMillis())) {
      log.debug("loop: {} is another replica's this interval", app.app());
      return List.of();
    }
    long midnight = Instant.ofEpochMilli(clock.millis()).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
        .toInstant().toEpochMilli();
    List<JobView> today = optimizations.ofAppSince(app.app(), midnight);
    long active = today.stream().filter(j -> !j.status().terminal()).count();
    double minutes = today.stream().mapToLong(JobView::runMillis).sum() / 60_000.0;
    if (minutes >= app.budget().cpuMinutesPerDay()) {
      log.info("loop: {} spent {} of {} CPU minutes today; skipped", app.app(), String.format("%.1f", minutes),
          app.budget().cpuMinutesPerDay());
      return List.of();
    }
    List<JobView> queued = new ArrayList<>();
    for (HotspotReport.Entry h : hotspots.top(app.app(), properties.range(), properties.top())) {
      if (active + queued.size() >= app.budget().concurrentJobs()) break;
      Double before = attempts.share(app.app(), h.method()).orElse(null);
      if (before != null && h.selfShare() < before * properties.shareGrowth()) continue;
      try {
        JobView job = optimizations.submit(new OptimizationSpec(app.app(), null, null, List.of(h.method()), null));
        attempts.record(app.app(), h.method(), h.selfShare(), job.id());
        queued.add(job);
        log.info("loop: queued job {} for {} ({}% of CPU{})", job.id(), h.method(),
            String.format("%.1f", 100 * h.selfShare()), before == null ? "" : ", grew from "
                + String.format("%.1f%%", 100 * before));
      } catch (RuntimeException e) {
        // Not in the app's sources (generated code, another module): remember it so it is not retried each round.
        attempts.record(app.app(), h.method(), h.selfShare(), null);
        log.info("loop: {} skipped: {}", h.method(), e.getMessage());
      }
    }
    return queued;
  }
}
