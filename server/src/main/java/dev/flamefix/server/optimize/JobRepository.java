package dev.flamefix.server.optimize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code optimization_job} table (migration V2): the whole job as one JSON document. */
@Repository
public class JobRepository {
  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public JobRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * A job as stored.
   *
   * @param view what the API shows
   * @param spec the request, to resume it
   */
  public record JobDocument(JobView view, OptimizationSpec spec) {}

  public void insert(JobDocument d, long createdMs) {
    jdbc.sql("INSERT INTO optimization_job (id, app, status, attempts, created_ms, updated_ms, job_json)"
            + " VALUES (:id, :app, :status, :attempts, :created, :now, :doc)")
        .param("id", d.view().id()).param("app", d.view().app()).param("status", d.view().status().name())
        .param("attempts", d.view().attempts()).param("created", createdMs).param("now", clock.millis())
        .param("doc", write(d)).update();
  }

  public void update(JobDocument d) {
    jdbc.sql("UPDATE optimization_job SET status = :status, attempts = :attempts, updated_ms = :now, job_json = :doc"
            + " WHERE id = :id")
        .param("id", d.view().id()).param("status", d.view().status().name())
        .param("attempts", d.view().attempts()).param("now", clock.millis()).param("doc", write(d)).update();
  }

  public Optional<JobDocument> find(String id) {
    return jdbc.sql("SELECT job_json FROM optimization_job WHERE id = :id").param("id", id)
        .query(String.class).optional().map(this::read);
  }

  /** Newest first. */
  public List<JobDocument> recent(int limit) {
    return jdbc.sql("SELECT job_json FROM optimization_job ORDER BY created_ms DESC, id LIMIT :limit")
        .param("limit", limit).query(String.class).list().stream().map(this::read).toList();
  }

  /** Jobs that are queued or running, oldest first. */
  public List<JobDocument> unfinished() {
    return jdbc.sql("SELECT job_json FROM optimization_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_ms, id")
        .query(String.class).list().stream().map(this::read).toList();
  }

  /** Jobs of one app created at or after {@code sinceMs}. */
  public List<JobDocument> ofAppSince(String app, long sinceMs) {
    return jdbc.sql("SELECT job_json FROM optimization_job WHERE app = :app AND created_ms >= :since")
        .param("app", app).param("since", sinceMs).query(String.class).list().stream().map(this::read).toList();
  }

  private String write(JobDocument d) {
    try {
      return json.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private JobDocument read(String doc) {
    try {
      return json.readValue(doc, JobDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored job unreadable", e);
    }
  }
}
