package dev.flamefix.server.recordings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code recording_request} and {@code recording_envelope} tables (migration V4). State changes
 * are conditional updates ({@code ... WHERE state = 'PENDING'}), so two agents polling at once, or
 * an agent uploading twice, change a row once: the database's row lock serialises the updates and
 * the second one finds the condition false (on PostgreSQL and on the embedded H2 alike).
 */
@Repository
public class RecordingRepository {
  private static final TypeReference<LinkedHashMap<String, Long>> SKIPPED = new TypeReference<>() {};
  private static final String COLUMNS =
      "r.id, r.app, r.method, r.recorded_method, r.state, r.max_calls, r.duration_seconds,"
          + " r.sample_every, r.max_bytes_per_call, r.calls_stored, r.calls_seen, r.skipped_json,"
          + " r.agent_pid, r.agent_host, r.message, r.created_ms, r.claimed_ms, r.finished_ms,"
          + " COALESCE(e.size_bytes, 0) AS envelope_bytes"
          + " FROM recording_request r LEFT JOIN recording_envelope e ON e.request_id = r.id";

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public RecordingRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(String id, String app, String method, RecordingSpec spec, long nowMs) {
    jdbc.sql("INSERT INTO recording_request (id, app, method, state, max_calls, sample_every,"
            + " duration_seconds, max_bytes_per_call, created_ms)"
            + " VALUES (:id, :app, :method, 'PENDING', :maxCalls, :sampleEvery, :duration, :maxBytes, :now)")
        .param("id", id).param("app", app).param("method", method)
        .param("maxCalls", spec.maxCallsOrDefault()).param("sampleEvery", spec.sampleEveryOrDefault())
        .param("duration", spec.durationOrDefault()).param("maxBytes", spec.maxBytesOrDefault())
        .param("now", nowMs).update();
  }

  Optional<RecordingView> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE r.id = :id").param("id", id)
        .query(this::view).optional();
  }

  /** Newest first. */
  List<RecordingView> ofApp(String app, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE r.app = :app ORDER BY r.created_ms DESC, r.id LIMIT :limit")
        .param("app", app).param("limit", limit).query(this::view).list();
  }

  /** Recordings of the app that left calls, newest first. */
  List<RecordingView> withCalls(String app, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE r.app = :app AND r.state IN ('COMPLETED', 'TIMED_OUT')"
            + " AND r.calls_stored > 0 ORDER BY r.finished_ms DESC, r.created_ms DESC, r.id LIMIT :limit")
        .param("app", app).param("limit", limit).query(this::view).list();
  }

  /** Ids of the app's oldest pending requests, the order agents get them in. */
  List<String> pendingIds(String app, int limit) {
    return jdbc.sql("SELECT id FROM recording_request WHERE app = :app AND state = 'PENDING'"
            + " ORDER BY created_ms, id LIMIT :limit")
        .param("app", app).param("limit", limit).query(String.class).list();
  }

  /** Marks a pending request active for one agent; false when another agent got it first. */
  boolean claim(String id, String pid, String host, long nowMs) {
    return jdbc.sql("UPDATE recording_request SET state = 'ACTIVE', agent_pid = :pid, agent_host = :host,"
            + " claimed_ms = :now WHERE id = :id AND state = 'PENDING'")
        .param("id", id).param("pid", pid).param("host", host).param("now", nowMs).update() == 1;
  }

  /**
   * Records how an active request ended; false when it is not active any more (uploaded already,
   * or given up on).
   */
  boolean finish(String id, RecordingState state, String recordedMethod, int callsStored,
      long callsSeen, Map<String, Long> skipped, String message, long nowMs) {
    return jdbc.sql("UPDATE recording_request SET state = :state, recorded_method = :recorded,"
            + " calls_stored = :stored, calls_seen = :seen, skipped_json = :skipped, message = :message,"
            + " finished_ms = :now WHERE id = :id AND state = 'ACTIVE'")
        .param("id", id).param("state", state.name()).param("recorded", recordedMethod)
        .param("stored", callsStored).param("seen", callsSeen).param("skipped", write(skipped))
        .param("message", truncate(message)).param("now", nowMs).update() == 1;
  }

  void storeEnvelope(String id, byte[] envelope) {
    jdbc.sql("INSERT INTO recording_envelope (request_id, envelope, size_bytes) VALUES (:id, :bytes, :size)")
        .param("id", id).param("bytes", envelope).param("size", envelope.length).update();
  }

  Optional<byte[]> envelope(String id) {
    return jdbc.sql("SELECT envelope FROM recording_envelope WHERE request_id = :id").param("id", id)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  /** The app's pending requests created before {@code createdBeforeMs} become EXPIRED; how many. */
  int expirePending(String app, long createdBeforeMs, long nowMs) {
    return jdbc.sql("UPDATE recording_request SET state = 'EXPIRED', finished_ms = :now,"
            + " message = 'no agent of the app claimed it in time'"
            + " WHERE app = :app AND state = 'PENDING' AND created_ms < :before")
        .param("app", app).param("before", createdBeforeMs).param("now", nowMs).update();
  }

  /**
   * The app's active requests whose agent is silent past their time box plus {@code graceMs} become
   * FAILED; how many.
   */
  int failSilent(String app, long graceMs, long nowMs) {
    return jdbc.sql("UPDATE recording_request SET state = 'FAILED', finished_ms = :now,"
            + " message = 'the agent did not upload the recording in time'"
            + " WHERE app = :app AND state = 'ACTIVE' AND claimed_ms + duration_seconds * 1000 + :grace < :now")
        .param("app", app).param("grace", graceMs).param("now", nowMs).update();
  }

  private RecordingView view(ResultSet rs, int row) throws SQLException {
    return new RecordingView(rs.getString("id"), rs.getString("app"), rs.getString("method"),
        rs.getString("recorded_method"), RecordingState.valueOf(rs.getString("state")),
        rs.getInt("max_calls"), rs.getInt("duration_seconds"), rs.getInt("sample_every"),
        rs.getInt("max_bytes_per_call"), rs.getInt("calls_stored"), rs.getLong("calls_seen"),
        read(rs.getString("skipped_json")), rs.getString("agent_pid"), rs.getString("agent_host"),
        rs.getString("message"), instant(rs, "created_ms"), instant(rs, "claimed_ms"),
        instant(rs, "finished_ms"), rs.getLong("envelope_bytes"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long ms = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
  }

  private static String truncate(String message) {
    return message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
  }

  private String write(Map<String, Long> skipped) {
    try {
      String text = json.writeValueAsString(skipped);
      // The column holds 4000 characters; 64 reasons of sane length fit, odd ones are dropped.
      return text.length() <= 4000 ? text : "{}";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Long> read(String text) {
    if (text == null || text.isEmpty()) {
      return Map.of();
    }
    try {
      return json.readValue(text, SKIPPED);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored skip counts unreadable", e);
    }
  }
}
