package dev.flamefix.server.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.flamefix.server.appconfig.AppConfig;
import dev.flamefix.server.appconfig.AppConfigService;
import dev.flamefix.server.fleet.FleetDatabase;
import dev.flamefix.server.fleet.FleetProperties;
import dev.flamefix.server.fleet.LeaseRepository;
import dev.flamefix.server.optimize.HotspotShares;
import dev.flamefix.server.optimize.JobStatus;
import dev.flamefix.server.optimize.JobView;
import dev.flamefix.server.optimize.OptimizationService;
import dev.flamefix.server.optimize.OptimizationSpec;
import dev.flamefix.server.profiles.HotspotReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas' continuous loops on one real PostgreSQL: each app's round runs on one of them per
 * interval, whether the rounds overlap or alternate, and the other takes over once the holder's
 * lease expired. The hotspots' shares keep growing here, so only the lease keeps the second
 * replica from queuing the same hotspot again.
 */
class LoopLeaseTest {
  private static final Instant T0 = Instant.parse("2026-12-04T12:00:00Z");
  private static final List<String> APPS = List.of("orders", "billing");

  private FleetDatabase db;
  private final AtomicInteger shareCalls = new AtomicInteger();

  @BeforeEach
  void schema() throws Exception {
    db = FleetDatabase.fresh("flamefix_fleet_loop");
  }

  /** One replica's loop; every job it queues is counted under its name and the app. */
  private ContinuousLoop replica(String name, Instant now, Map<String, AtomicInteger> queued) {
    AppConfigService apps = mock(AppConfigService.class);
    when(apps.all()).thenReturn(APPS.stream().map(a -> new AppConfig(a, "/src", List.of(), null, List.of(), 4,
        new AppConfig.Budget(100, 1000), T0.toString())).toList());
    HotspotShares hotspots = mock(HotspotShares.class);
    when(hotspots.top(anyString(), any(), anyInt())).thenAnswer(inv -> List.of(entry(
        // grows every call: never "already tried at this share"
        1e-6 * Math.pow(2, shareCalls.incrementAndGet()))));
    OptimizationService optimizations = mock(OptimizationService.class);
    when(optimizations.ofAppSince(anyString(), anyLong())).thenReturn(List.of());
    when(optimizations.submit(any())).thenAnswer(inv -> {
      OptimizationSpec spec = inv.getArgument(0);
      queued.computeIfAbsent(spec.app() + "@" + name, k -> new AtomicInteger()).incrementAndGet();
      return new JobView(UUID.randomUUID().toString(), spec.app(), spec.targets(), JobStatus.QUEUED, "queued", 0,
          List.of(), List.of(), null, List.of(), null, now.toString(), now.toString(), 0, 0);
    });
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    LoopProperties props = new LoopProperties(true, Duration.ofMinutes(10), Duration.ZERO, 1, 1.5, Duration.ofHours(1));
    return new ContinuousLoop(props, apps, hotspots, optimizations, new LoopAttemptRepository(db.jdbc(), clock),
        new LeaseRepository(db.jdbc()), new FleetProperties("server", name, null, null), clock);
  }

  private static HotspotReport.Entry entry(double share) {
    return new HotspotReport.Entry(1, "a.B#c", "a.B.c", "a.B", "c", 10, 10, share, share, null, 0, List.of());
  }

  private static int count(Map<String, AtomicInteger> queued, String app, String replica) {
    AtomicInteger n = queued.get(app + "@" + replica);
    return n == null ? 0 : n.get();
  }

  @Test
  void eachAppsRoundRunsOnOneReplicaPerInterval() throws Exception {
    Map<String, AtomicInteger> queued = new ConcurrentHashMap<>();
    ContinuousLoop a = replica("A", T0, queued);
    ContinuousLoop b = replica("B", T0.plusSeconds(1), queued);

    // Overlapping rounds: of the two, one queues each app's hotspot.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CyclicBarrier start = new CyclicBarrier(2);
    Future<?> fa = pool.submit(() -> { start.await(); return a.round(); });
    Future<?> fb = pool.submit(() -> { start.await(); return b.round(); });
    fa.get(1, TimeUnit.MINUTES);
    fb.get(1, TimeUnit.MINUTES);
    pool.shutdown();
    for (String app : APPS) {
      assertThat(count(queued, app, "A") + count(queued, app, "B")).as("%s queued once: %s", app, queued).isEqualTo(1);
    }

    // Alternating rounds within the interval: only each app's lease holder queues, every round.
    for (int i = 0; i < 3; i++) {
      a.round();
      b.round();
    }
    for (String app : APPS) {
      int byA = count(queued, app, "A");
      int byB = count(queued, app, "B");
      assertThat(byA == 0 || byB == 0).as("%s queued by one replica only: %s", app, queued).isTrue();
      assertThat(byA + byB).as("%s: one round per loop round of its holder: %s", app, queued).isEqualTo(4);
    }

    // The holders stop (no more rounds); a replica whose clock is past the lease takes every app over.
    ContinuousLoop c = replica("C", T0.plus(Duration.ofMinutes(11)), queued);
    assertThat(c.round()).hasSize(APPS.size());
    for (String app : APPS) {
      assertThat(count(queued, app, "C")).isEqualTo(1);
    }
    ContinuousLoop late = replica("A", T0.plus(Duration.ofMinutes(12)), queued);
    assertThat(late.round()).as("C holds the leases now").isEmpty();
  }
}
