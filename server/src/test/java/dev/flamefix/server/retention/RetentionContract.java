package dev.flamefix.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.LineCounts;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.StackCounts;
import dev.flamefix.server.hotlines.HotLinesService;
import dev.flamefix.server.profiles.ProfileQueryService;
import dev.flamefix.server.profiles.ProfileWindow;
import dev.flamefix.server.profiles.ProfileWindowRepository;
import dev.flamefix.server.profiles.TimeRange;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention on a real database: windows past {@code flamefix.retention.raw} are merged per app,
 * event, label set and hour with every stack's count kept; windows past {@code downsampled} are
 * deleted; recent windows are untouched; merged rows keep the samples per source line (the
 * hot-lines view reads the same after retention); runs are idempotent, fold late windows into the merged
 * row, and two concurrent runs (as two replicas) neither lose nor double a window. A late retry of
 * a window that was merged is still answered as a duplicate (its idempotency key outlives the raw
 * row until the downsampled age).
 */
abstract class RetentionContract {

  private static final long HOUR = 3_600_000L;
  private static final long DAY = 24 * HOUR;

  @TempDir Path dataDir;
  private TestServer server;
  private ProfileWindowRepository windows;
  private RetentionService retention;
  private JdbcClient jdbc;
  private long oldHour;

  /** The Spring properties that select the database under test. */
  protected abstract Map<String, Object> databaseProperties() throws Exception;

  @BeforeEach
  void start() throws Exception {
    Map<String, Object> props = new HashMap<>(databaseProperties());
    props.put("flamefix.data-dir", dataDir.toAbsolutePath().toString());
    // The test runs the job itself; a batch of 4 makes the 6-window bucket take two batches.
    props.put("flamefix.retention.enabled", "false");
    props.put("flamefix.retention.raw", "7d");
    props.put("flamefix.retention.downsampled", "90d");
    props.put("flamefix.retention.batch", "4");
    server = TestServer.start(props);
    windows = server.context().getBean(ProfileWindowRepository.class);
    retention = server.context().getBean(RetentionService.class);
    jdbc = server.context().getBean(JdbcClient.class);
    long now = System.currentTimeMillis();
    oldHour = (now - 10 * DAY) / HOUR * HOUR;
  }

  @AfterEach
  void stop() {
    if (server != null) server.context().close(); // null when the database was skipped
  }

  @Test
  void mergesOldWindowsPerHourDeletesExpiredOnesAndKeepsTotals() {
    long now = System.currentTimeMillis();
    List<ProfileWindow> eu = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      eu.add(window("region=eu", "pid" + (i % 3), oldHour + i * 10_000L, i));
    }
    List<ProfileWindow> us = List.of(window("region=us", "7", oldHour + 5_000, 10), window("region=us", "7", oldHour + 15_000, 11));
    List<ProfileWindow> expired = List.of(window("region=eu", "1", now - 100 * DAY, 20), window("region=eu", "1", now - 95 * DAY, 21));
    List<ProfileWindow> recent = List.of(window("region=eu", "1", now - HOUR, 30), window("region=eu", "2", now - 2 * HOUR, 31), window("region=eu", "1", now - 6 * DAY, 32));
    store(eu, us, expired, recent);

    RetentionService.Result result = retention.runOnce();

    assertThat(result.deleted()).isEqualTo(2);
    assertThat(result.windowsMerged()).isEqualTo(8);
    assertThat(result.bucketsMerged()).isEqualTo(2);
    assertThat(result.conflicts()).isZero();
    Row euRow = onlyMergedRow("region=eu");
    assertThat(euRow.merged).isEqualTo(6);
    assertThat(euRow.pid).isNull(); // three processes
    assertThat(euRow.startMs).isEqualTo(oldHour);
    assertThat(euRow.endMs).isEqualTo(oldHour + 5 * 10_000L + 10_000L);
    assertThat(euRow.stacks).isEqualTo(merged(eu));
    assertThat(euRow.samples).isEqualTo(merged(eu).totalSamples());
    Row usRow = onlyMergedRow("region=us");
    assertThat(usRow.merged).isEqualTo(2);
    assertThat(usRow.pid).isEqualTo("7"); // one process: kept
    assertThat(usRow.stacks).isEqualTo(merged(us));
    assertThat(rawRows()).isEqualTo(3);
    long total = jdbc.sql("SELECT SUM(samples) FROM profile_window").query(Long.class).single();
    assertThat(total).isEqualTo(merged(eu).totalSamples() + merged(us).totalSamples() + merged(recent).totalSamples());

    // Idempotent: nothing left to do.
    assertThat(retention.runOnce()).isEqualTo(new RetentionService.Result(0, 0, 0, 0));
    // A late window of the merged hour folds into its row rather than adding one.
    ProfileWindow late = window("region=eu", "pid9", oldHour + 3_000_000L, 40);
    store(List.of(late));
    RetentionService.Result again = retention.runOnce();
    assertThat(again.windowsMerged()).isEqualTo(1);
    Row after = onlyMergedRow("region=eu");
    assertThat(after.merged).isEqualTo(7);
    List<ProfileWindow> all = new ArrayList<>(eu);
    all.add(late);
    assertThat(after.stacks).isEqualTo(merged(all));
    // Merged rows read back through the query API with their totals.
    long appSamples = server.getJson("/api/apps/shop").path("samples").asLong();
    assertThat(appSamples).isEqualTo(merged(all).totalSamples() + merged(us).totalSamples() + merged(recent).totalSamples());
  }

  @Test
  void mergedRowsKeepTheSamplesPerLineSoHotLinesReadTheSame() {
    List<ProfileWindow> old = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ProfileWindow w = window("region=eu", "p" + i, oldHour + i * 10_000L, i);
      // Two windows from an agent without line numbers: they add stacks but no lines.
      old.add(i % 3 == 2 ? w : withLines(w, i));
    }
    store(old);
    ProfileQueryService profiles = server.context().getBean(ProfileQueryService.class);
    HotLinesService hotLines = server.context().getBean(HotLinesService.class);
    TimeRange range = new TimeRange(oldHour - DAY, System.currentTimeMillis());
    LineCounts before = profiles.lineCounts("shop", "cpu", range);
    var hotBefore = hotLines.hotLines("shop", "com.acme.shop.Orders#total", range);

    assertThat(retention.runOnce().windowsMerged()).isEqualTo(6);

    assertThat(rawRows()).isZero();
    LineCounts expected = LineCounts.mergeAll(old.stream().filter(w -> w.lineCountsGzip() != null)
        .map(w -> LineCounts.fromGzip(w.lineCountsGzip())).toList());
    assertThat(before).isEqualTo(expected);
    byte[] stored = jdbc.sql("SELECT line_counts_gzip FROM profile_window WHERE merged_windows > 0")
        .query((rs, n) -> rs.getBytes(1)).single();
    assertThat(LineCounts.fromGzip(stored)).isEqualTo(expected);
    assertThat(profiles.lineCounts("shop", "cpu", range)).isEqualTo(expected);
    assertThat(hotBefore).isNotEmpty();
    assertThat(hotLines.hotLines("shop", "com.acme.shop.Orders#total", range)).isEqualTo(hotBefore);
  }

  @Test
  void concurrentRunsNeitherLoseNorDoubleAWindow() throws Exception {
    List<ProfileWindow> old = new ArrayList<>();
    for (int label = 0; label < 4; label++) {
      for (int i = 0; i < 9; i++) {
        old.add(window("zone=z" + label, "p" + i, oldHour - label * HOUR + i * 10_000L, label * 100 + i));
      }
    }
    store(old);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<RetentionService.Result> run = retention::runOnce;
      List<Future<RetentionService.Result>> runs = pool.invokeAll(List.of(run, run));
      long merged = 0;
      for (Future<RetentionService.Result> f : runs) {
        merged += f.get().windowsMerged();
      }
      // What a conflicting run left is merged by the next one.
      merged += retention.runOnce().windowsMerged();
      assertThat(merged).isEqualTo(36);
    } finally {
      pool.shutdownNow();
    }
    assertThat(rawRows()).isZero();
    long mergedCount = jdbc.sql("SELECT SUM(merged_windows) FROM profile_window").query(Long.class).single();
    assertThat(mergedCount).isEqualTo(36);
    // Two runs may each have committed a merged row of one bucket (one read before the other's
    // commit); what matters is that the rows together hold every window once.
    StackCounts.Builder stored = StackCounts.builder();
    for (String label : List.of("zone=z0", "zone=z1", "zone=z2", "zone=z3")) {
      mergedRows(label).forEach(r -> stored.addAll(r.stacks));
    }
    assertThat(stored.build()).isEqualTo(merged(old));
  }

  @Test
  void aLateRetryOfAMergedWindowIsStillADuplicateUntilTheDownsampledAge() {
    long from = oldHour / 1000 + 60;
    byte[] body = TestServer.gzip(ShopProfiles.BASE);
    Map<String, String> keyed = Map.of("Idempotency-Key", "agent-3/window-2");
    JsonNode first = ok(server.ingest(ShopProfiles.query("shop", from), body));
    JsonNode second = ok(server.ingest(ShopProfiles.query("shop", from + 10), TestServer.gzip(ShopProfiles.LATER), keyed));
    assertThat(first.get("duplicate").asBoolean()).isFalse();
    assertThat(retention.runOnce().windowsMerged()).isEqualTo(2);
    long mergedId = mergedRowIds("env=test").get(0);

    // The agent retries both after the merge (its answers were lost): nothing is stored again.
    JsonNode retry = ok(server.ingest(ShopProfiles.query("shop", from), body));
    JsonNode keyedRetry = ok(server.ingest(ShopProfiles.query("shop", from + 10), TestServer.gzip(ShopProfiles.BASE), keyed));
    assertThat(retry.get("duplicate").asBoolean()).as(retry.toString()).isTrue();
    assertThat(keyedRetry.get("duplicate").asBoolean()).as(keyedRetry.toString()).isTrue();
    assertThat(retry.at("/windows/0/id").asLong()).isEqualTo(mergedId);
    assertThat(retry.at("/windows/0/samples")).isEqualTo(first.at("/windows/0/samples"));
    assertThat(keyedRetry.at("/windows/0/stacks")).isEqualTo(second.at("/windows/0/stacks"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM profile_window").query(Long.class).single()).isEqualTo(1L);
    assertThat(server.getJson("/api/apps/shop").path("samples").asLong()).isEqualTo(200);
    // A window that was never stored is still new.
    assertThat(ok(server.ingest(ShopProfiles.query("shop", from + 20), body)).get("duplicate").asBoolean()).isFalse();

    // A later merge folds the merged row into a new one: the keys follow it.
    assertThat(retention.runOnce().windowsMerged()).isEqualTo(1);
    long refolded = mergedRowIds("env=test").get(0);
    assertThat(refolded).isNotEqualTo(mergedId);
    assertThat(ok(server.ingest(ShopProfiles.query("shop", from), body)).at("/windows/0/id").asLong()).isEqualTo(refolded);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM profile_window").query(Long.class).single()).isEqualTo(1L);

    // Past the downsampled age the keys go with the windows.
    assertThat(server.context().getBean(RetentionRepository.class).deleteEndedBefore(System.currentTimeMillis())).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM merged_window_key").query(Long.class).single()).isZero();
  }

  @Test
  void aRawWindowWhoseKeyIsAlreadyKeptForAMergedOneStillMerges() {
    ProfileWindow first = window("region=eu", "1", oldHour + 1_000, 1);
    windows.saveAll(List.of(first), System.currentTimeMillis(), "key-of-a-window");
    assertThat(retention.runOnce().windowsMerged()).isEqualTo(1);
    // The same window stored again in the instant its first copy was merged (its key was not yet
    // kept when the retry looked): the next run must still merge it, not fail on the kept key.
    windows.saveAll(List.of(window("region=eu", "1", oldHour + 1_000, 1)), System.currentTimeMillis(),
        "key-of-a-window");
    RetentionService.Result again = retention.runOnce();
    assertThat(again.windowsMerged()).isEqualTo(1);
    assertThat(again.conflicts()).isZero();
    assertThat(rawRows()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM merged_window_key WHERE idempotency_key = 'key-of-a-window'")
        .query(Long.class).single()).isEqualTo(1L);
  }

  private List<Long> mergedRowIds(String labels) {
    return jdbc.sql("SELECT id FROM profile_window WHERE labels = :labels AND merged_windows > 0 ORDER BY id")
        .param("labels", labels).query(Long.class).list();
  }

  private static JsonNode ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return TestServer.parse(r.body());
  }

  private ProfileWindow window(String labels, String pid, long startMs, int variant) {
    Map<List<String>, Long> counts = new HashMap<>();
    counts.put(List.of("java/lang/Thread.run", "com/acme/shop/Orders.handle", "com/acme/shop/Orders.total"), 10L + variant);
    counts.put(List.of("java/lang/Thread.run", "com/acme/shop/Cart.price"), 3L);
    counts.put(List.of("java/lang/Thread.run", "com/acme/shop/Report.render" + (variant % 4)), 1L + variant % 5);
    StackCounts s = StackCounts.of(counts);
    return new ProfileWindow(0, "shop", "cpu", labels, pid, "host-" + pid, startMs, startMs + 10_000,
        100, "samples", "flamefix", s.totalSamples(), s.distinctStacks(), s.toFoldedGzip(), null);
  }

  /** {@code w} with samples on two lines of {@code Orders.total} and one of {@code Orders.handle}. */
  private static ProfileWindow withLines(ProfileWindow w, int variant) {
    LineCounts lines = LineCounts.builder()
        .add("com.acme.shop.Orders.total", 42, 8L + variant)
        .add("com.acme.shop.Orders.total", 43 + variant % 2, 2L)
        .add("com.acme.shop.Orders.handle", 17, 10L + variant)
        .build();
    return new ProfileWindow(0, w.app(), w.event(), w.labels(), w.pid(), w.host(), w.startMs(), w.endMs(),
        w.sampleRate(), w.units(), w.spyName(), w.samples(), w.stacks(), w.foldedGzip(), lines.toGzip());
  }

  @SafeVarargs
  private void store(List<ProfileWindow>... lists) {
    for (List<ProfileWindow> l : lists) {
      windows.saveAll(l, System.currentTimeMillis());
    }
  }

  private static StackCounts merged(List<ProfileWindow> ws) {
    StackCounts.Builder b = StackCounts.builder();
    for (ProfileWindow w : ws) {
      b.addAll(decode(w.foldedGzip()));
    }
    return b.build();
  }

  private static StackCounts decode(byte[] gzip) {
    try {
      return new ProfileDecoder().decode(gzip, IngestFormat.FOLDED, "cpu", IngestLimits.defaults()).event("cpu");
    } catch (IngestException e) {
      throw new AssertionError("stored window unreadable", e);
    }
  }

  private long rawRows() {
    return jdbc.sql("SELECT COUNT(*) FROM profile_window WHERE merged_windows = 0").query(Long.class).single();
  }

  private record Row(int merged, String pid, long startMs, long endMs, long samples, StackCounts stacks) {}

  private Row onlyMergedRow(String labels) {
    List<Row> rows = mergedRows(labels);
    assertThat(rows).as("merged rows of %s", labels).hasSize(1);
    return rows.get(0);
  }

  private List<Row> mergedRows(String labels) {
    return jdbc.sql("SELECT merged_windows, pid, start_ms, end_ms, samples, folded_gzip FROM profile_window"
            + " WHERE labels = :labels AND merged_windows > 0")
        .param("labels", labels)
        .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), decode(rs.getBytes(6))))
        .list();
  }
}
