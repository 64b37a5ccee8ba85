package dev.flamefix.server.profiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and finds {@link ProfileWindow}s in the {@code profile_window} table (Flyway migration
 * {@code V1}). Plain SQL that H2 and PostgreSQL read alike.
 */
@Repository
public class ProfileWindowRepository {

  private static final String COLUMNS =
      "id, app, event, labels, pid, host, start_ms, end_ms, sample_rate, units, spy_name,"
          + " samples, stacks, folded_gzip, line_counts_gzip";

  private final JdbcClient jdbc;

  public ProfileWindowRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores windows in one transaction: all of one ingest request or none of it.
   *
   * @return the windows with their ids
   */
  @Transactional
  public List<ProfileWindow> saveAll(List<ProfileWindow> windows, long receivedMs) {
    return saveAll(windows, receivedMs, null);
  }

  /**
   * Stores the windows of one ingest request in one transaction under its idempotency key (see
   * migration {@code V7}).
   *
   * @param idempotencyKey the request's key, at most 64 characters, or {@code null} for none
   * @return the windows with their ids
   * @throws org.springframework.dao.DuplicateKeyException when a window with this key and event is
   *     already stored (a concurrent or earlier identical request); nothing was stored then
   */
  @Transactional
  public List<ProfileWindow> saveAll(List<ProfileWindow> windows, long receivedMs, String idempotencyKey) {
    List<ProfileWindow> saved = new ArrayList<>(windows.size());
    for (ProfileWindow w : windows) {
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(
              "INSERT INTO profile_window (app, event, labels, pid, host, start_ms, end_ms,"
                  + " sample_rate, units, spy_name, samples, stacks, folded_gzip, line_counts_gzip,"
                  + " received_ms, idempotency_key) VALUES (:app, :event, :labels, :pid, :host, :startMs,"
                  + " :endMs, :sampleRate, :units, :spyName, :samples, :stacks, :foldedGzip,"
                  + " :lineCountsGzip, :receivedMs, :key)")
          .param("app", w.app())
          .param("event", w.event())
          .param("labels", w.labels())
          .param("pid", w.pid())
          .param("host", w.host())
          .param("startMs", w.startMs())
          .param("endMs", w.endMs())
          .param("sampleRate", w.sampleRate())
          .param("units", w.units())
          .param("spyName", w.spyName())
          .param("samples", w.samples())
          .param("stacks", w.stacks())
          .param("foldedGzip", w.foldedGzip())
          .param("lineCountsGzip", w.lineCountsGzip())
          .param("receivedMs", receivedMs)
          .param("key", idempotencyKey, java.sql.Types.VARCHAR)
          .update(key, "id");
      saved.add(w.withId(key.getKey().longValue()));
    }
    return saved;
  }

  /**
   * The windows stored under one idempotency key (id, event, samples, stacks; no payload), also
   * after the retention job merged them: then the merged row's id with the window's own counts.
   * One statement over both tables, so a merge committing meanwhile cannot hide the key.
   */
  public List<StoredWindow> findByKey(String idempotencyKey) {
    return jdbc.sql("SELECT id, event, samples, stacks FROM profile_window WHERE idempotency_key = :key"
            + " UNION ALL SELECT window_id AS id, event, samples, stacks FROM merged_window_key"
            + " WHERE idempotency_key = :key ORDER BY id")
        .param("key", idempotencyKey)
        .query((rs, n) -> new StoredWindow(rs.getLong("id"), rs.getString("event"), rs.getLong("samples"),
            rs.getInt("stacks")))
        .list();
  }

  /**
   * What an ingest answer says about one stored window.
   *
   * @param id database id
   * @param event canonical event
   * @param samples total samples (or weight)
   * @param stacks distinct stacks
   */
  public record StoredWindow(long id, String event, long samples, int stacks) {}

  /**
   * The windows of one app and event that overlap {@code [fromMs, toMs)}, oldest first.
   *
   * @param limit most windows returned; past it the oldest are left out
   */
  public List<ProfileWindow> find(String app, String event, long fromMs, long toMs, int limit) {
    List<ProfileWindow> newestFirst =
        jdbc.sql(
            "SELECT " + COLUMNS + " FROM profile_window"
                + " WHERE app = :app AND event = :event AND start_ms < :toMs AND end_ms > :fromMs"
                + " ORDER BY start_ms DESC, id DESC LIMIT :limit")
        .param("app", app)
        .param("event", event)
        .param("fromMs", fromMs)
        .param("toMs", toMs)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new ProfileWindow(
                    rs.getLong("id"),
                    rs.getString("app"),
                    rs.getString("event"),
                    rs.getString("labels"),
                    rs.getString("pid"),
                    rs.getString("host"),
                    rs.getLong("start_ms"),
                    rs.getLong("end_ms"),
                    (Integer) rs.getObject("sample_rate", Integer.class),
                    rs.getString("units"),
                    rs.getString("spy_name"),
                    rs.getLong("samples"),
                    rs.getInt("stacks"),
                    rs.getBytes("folded_gzip"),
                    rs.getBytes("line_counts_gzip")))
        .list();
    List<ProfileWindow> oldestFirst = new ArrayList<>(newestFirst);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** Every application with stored windows, by name. */
  public List<AppSummary> apps() {
    return summaries(null);
  }

  /** One application's summary, if it has any windows. */
  public Optional<AppSummary> app(String name) {
    return summaries(name).stream().findFirst();
  }

  private List<AppSummary> summaries(String onlyApp) {
    Map<String, Acc> byApp = new LinkedHashMap<>();
    String where = onlyApp == null ? "" : " WHERE app = :app";
    JdbcClient.StatementSpec sql =
        jdbc.sql(
            "SELECT app, event, COUNT(*) AS windows, SUM(samples) AS samples,"
                + " MIN(start_ms) AS first_ms, MAX(end_ms) AS last_ms"
                + " FROM profile_window"
                + where
                + " GROUP BY app, event ORDER BY app, event");
    if (onlyApp != null) {
      sql = sql.param("app", onlyApp);
    }
    sql.query(
            rs -> {
              Acc a = byApp.computeIfAbsent(rs.getString("app"), k -> new Acc());
              a.events.add(rs.getString("event"));
              a.windows += rs.getLong("windows");
              a.samples += rs.getLong("samples");
              a.first = Math.min(a.first, rs.getLong("first_ms"));
              a.last = Math.max(a.last, rs.getLong("last_ms"));
            });
    List<AppSummary> out = new ArrayList<>();
    byApp.forEach(
        (name, a) ->
            out.add(
                new AppSummary(
                    name, List.copyOf(a.events), a.windows, a.samples, a.first, a.last)));
    return out;
  }

  private static final class Acc {
    final TreeSet<String> events = new TreeSet<>();
    long windows;
    long samples;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
  }
}
