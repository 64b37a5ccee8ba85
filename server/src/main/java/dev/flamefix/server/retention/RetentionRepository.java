package dev.flamefix.server.retention;

import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.LineCounts;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.StackCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention job's SQL on {@code profile_window}: which buckets hold raw windows past the raw
 * age, merging one batch of a bucket, deleting what is past the downsampled age. Plain SQL that
 * H2 and PostgreSQL read alike. A merged row keeps the sum of its windows' stacks and of their
 * samples per source line, so flame graphs and the hot-lines view read the same after retention.
 *
 * <p>Safe with several server replicas running the job at once: a batch inserts its merged row and
 * deletes exactly the rows it read, in one transaction, and rolls back if another replica deleted
 * any of them first, so a window is never counted twice or lost.
 */
@Repository
public class RetentionRepository {

  /** One app, event and label set within one bucket. */
  record Bucket(String app, String event, String labels, long startMs, long endMs) {}

  private final JdbcClient jdbc;
  private final ProfileDecoder decoder = new ProfileDecoder();

  public RetentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Deletes every window that ended before {@code cutoffMs}, with the idempotency keys of merged
   * windows past the same horizon; answers how many windows.
   */
  @Transactional
  public int deleteEndedBefore(long cutoffMs) {
    jdbc.sql("DELETE FROM merged_window_key WHERE end_ms < :cutoff").param("cutoff", cutoffMs).update();
    return jdbc.sql("DELETE FROM profile_window WHERE end_ms < :cutoff").param("cutoff", cutoffMs).update();
  }

  /** Buckets of {@code bucketMs} that start before {@code beforeMs} and hold raw windows. */
  List<Bucket> bucketsWithRawWindows(long beforeMs, long bucketMs) {
    // The bucket size is a literal, not a parameter: PostgreSQL matches GROUP BY expressions
    // textually, and two parameters are two different expressions to it.
    String b = Long.toString(bucketMs);
    return jdbc.sql(
            "SELECT app, event, labels, start_ms / " + b + " AS bucket FROM profile_window"
                + " WHERE merged_windows = 0 AND start_ms < :before"
                + " GROUP BY app, event, labels, start_ms / " + b
                + " ORDER BY bucket, app, event, labels")
        .param("before", beforeMs)
        .query((rs, n) -> {
          long start = rs.getLong("bucket") * bucketMs;
          return new Bucket(rs.getString("app"), rs.getString("event"), rs.getString("labels"),
              start, start + bucketMs);
        })
        .list();
  }

  /**
   * Merges up to {@code batch} raw windows of a bucket, with the bucket's smallest merged row if
   * it has room, into one merged row, and deletes what was merged.
   *
   * @param limits bounds a stored window is decoded under; a merged row stays within half the
   *     distinct-stack limit, so it always reads back
   * @return raw windows merged; 0 when the bucket has none left
   * @throws ConcurrentMergeException when another process merged or deleted some of the rows
   *     first; nothing of this batch is kept then
   * @throws org.springframework.dao.DuplicateKeyException when another process moved the same
   *     windows' keys at the same moment; nothing of this batch is kept then either
   */
  @Transactional
  public int mergeBatch(Bucket bucket, int batch, IngestLimits limits) {
    int roomStacks = Math.max(1, limits.maxDistinctStacks() / 2);
    Merge merge = new Merge(bucket.event(), roomStacks);
    // The smallest merged row first, so repeated runs fold into it instead of piling up rows.
    jdbc.sql(select(bucket, "merged_windows > 0 AND stacks < :room") + " ORDER BY stacks LIMIT 1")
        .params(bucketParams(bucket))
        .param("room", roomStacks)
        .query(rs -> {
          merge.add(rs.getLong("id"), rs.getInt("merged_windows"), rs, limits);
        });
    int mergedBefore = merge.ids.size();
    jdbc.sql(select(bucket, "merged_windows = 0") + " ORDER BY start_ms, id LIMIT :batch")
        .params(bucketParams(bucket))
        .param("batch", batch)
        .query(rs -> {
          // Bounded by the stored count, so the merged row never decodes past the limit.
          if (!merge.full()
              && merge.stacks.distinctStacks() + rs.getInt("stacks") <= limits.maxDistinctStacks()) {
            merge.add(rs.getLong("id"), 1, rs, limits);
          }
        });
    int raw = merge.ids.size() - mergedBefore;
    if (raw == 0) {
      return 0;
    }
    StackCounts stacks = merge.stacks.build();
    LineCounts lines = merge.lines.build();
    org.springframework.jdbc.support.KeyHolder mergedId = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO profile_window (app, event, labels, pid, host, start_ms, end_ms,"
                + " sample_rate, units, spy_name, samples, stacks, folded_gzip, line_counts_gzip,"
                + " received_ms, merged_windows) VALUES (:app, :event, :labels, :pid, :host,"
                + " :startMs, :endMs, :sampleRate, :units, :spyName, :samples, :stacks,"
                + " :foldedGzip, :lineCountsGzip, :receivedMs, :merged)")
        .param("app", bucket.app())
        .param("event", bucket.event())
        .param("labels", bucket.labels())
        .param("pid", merge.pid.value)
        .param("host", merge.host.value)
        .param("startMs", merge.startMs)
        .param("endMs", merge.endMs)
        .param("sampleRate", merge.sampleRate.value)
        .param("units", merge.units.value)
        .param("spyName", merge.spyName.value)
        .param("samples", stacks.totalSamples())
        .param("stacks", stacks.distinctStacks())
        .param("foldedGzip", stacks.toFoldedGzip())
        .param("lineCountsGzip", lines.isEmpty() ? null : lines.toGzip())
        .param("receivedMs", merge.receivedMs)
        .param("merged", merge.windows)
        .update(mergedId, "id");
    keepKeys(merge.ids, mergedId.getKey().longValue());
    int deleted = jdbc.sql("DELETE FROM profile_window WHERE id IN (:ids)").param("ids", merge.ids).update();
    if (deleted != merge.ids.size()) {
      throw new ConcurrentMergeException(bucket, merge.ids.size(), deleted);
    }
    return raw;
  }

  /**
   * Moves the idempotency keys of the rows being merged to {@code merged_window_key}, pointing at
   * the merged row (keys of an earlier merge folded in now point at it too), so a late retry of a
   * merged window is still answered as a duplicate instead of being stored again.
   */
  private void keepKeys(List<Long> ids, long mergedId) {
    jdbc.sql("UPDATE merged_window_key SET window_id = :merged WHERE window_id IN (:ids)")
        .param("merged", mergedId).param("ids", ids).update();
    // A key already kept (a window stored again in the instant its first copy was being merged)
    // stays as it is: a primary-key clash would fail this bucket's merge on every run.
    jdbc.sql("INSERT INTO merged_window_key (idempotency_key, event, window_id, samples, stacks, end_ms)"
            + " SELECT w.idempotency_key, w.event, :merged, w.samples, w.stacks, w.end_ms FROM profile_window w"
            + " WHERE w.id IN (:ids) AND w.idempotency_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
            + " merged_window_key k WHERE k.idempotency_key = w.idempotency_key AND k.event = w.event)")
        .param("merged", mergedId).param("ids", ids).update();
  }

  private static String select(Bucket bucket, String condition) {
    return "SELECT id, pid, host, start_ms, end_ms, sample_rate, units, spy_name, received_ms,"
        + " stacks, merged_windows, folded_gzip, line_counts_gzip FROM profile_window WHERE app = :app AND event = :event"
        + " AND labels = :labels AND start_ms >= :from AND start_ms < :to AND " + condition;
  }

  private static java.util.Map<String, Object> bucketParams(Bucket b) {
    return java.util.Map.of("app", b.app(), "event", b.event(), "labels", b.labels(),
        "from", b.startMs(), "to", b.endMs());
  }

  /** The rows of one batch folded together. */
  private final class Merge {
    final String event;
    final int roomStacks;
    final StackCounts.Builder stacks = StackCounts.builder();
    final LineCounts.Builder lines = LineCounts.builder();
    final List<Long> ids = new ArrayList<>();
    final Common<String> pid = new Common<>();
    final Common<String> host = new Common<>();
    final Common<Integer> sampleRate = new Common<>();
    final Common<String> units = new Common<>();
    final Common<String> spyName = new Common<>();
    long startMs = Long.MAX_VALUE;
    long endMs = Long.MIN_VALUE;
    long receivedMs;
    int windows;

    Merge(String event, int roomStacks) {
      this.event = event;
      this.roomStacks = roomStacks;
    }

    boolean full() {
      return stacks.distinctStacks() >= roomStacks;
    }

    void add(long id, int mergedWindows, java.sql.ResultSet rs, IngestLimits limits)
        throws java.sql.SQLException {
      StackCounts window;
      try {
        window = decoder.decode(rs.getBytes("folded_gzip"), IngestFormat.FOLDED, event, limits).event(event);
      } catch (IngestException e) {
        // Only a damaged database gets here: everything stored was produced by StackCounts.
        throw new IllegalStateException("stored window " + id + " is unreadable: " + e.getMessage(), e);
      }
      stacks.addAll(window);
      lines.addAll(LineCounts.fromGzip(rs.getBytes("line_counts_gzip")));
      ids.add(id);
      windows += mergedWindows;
      pid.offer(rs.getString("pid"));
      host.offer(rs.getString("host"));
      sampleRate.offer((Integer) rs.getObject("sample_rate", Integer.class));
      units.offer(rs.getString("units"));
      spyName.offer(rs.getString("spy_name"));
      startMs = Math.min(startMs, rs.getLong("start_ms"));
      endMs = Math.max(endMs, rs.getLong("end_ms"));
      receivedMs = Math.max(receivedMs, rs.getLong("received_ms"));
    }
  }

  /** A value all merged rows share, or {@code null} once two differ. */
  private static final class Common<T> {
    private boolean seen;
    T value;

    void offer(T v) {
      if (!seen) {
        seen = true;
        value = v;
      } else if (!Objects.equals(value, v)) {
        value = null;
      }
    }
  }
}
