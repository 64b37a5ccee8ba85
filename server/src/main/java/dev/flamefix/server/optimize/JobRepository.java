package dev.flamefix.server.optimize;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code optimization_job} table (migrations V2, V5): the whole job as one JSON document, and
 * the lease of the replica running it. Claims are compare-and-set updates of the lease columns, so
 * any number of replicas can share the table and each job runs on one of them at a time.
 */
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

  /**
   * A job claimed by this replica.
   *
   * @param doc the job as stored at the claim
   * @param previousOwner the replica that held it before, or null
   * @param released whether that replica gave it up at shutdown (rather than letting it expire)
   */
  public record Claim(JobDocument doc, String previousOwner, boolean released) {}

  private record Claimable(String id, String owner, Long until) {}

  /**
   * Claims the oldest job that is queued, or running under an expired or released lease, for
   * {@code owner} until {@code untilMs}; empty when there is none (or other replicas won them all).
   */
  public Optional<Claim> claim(String owner, long nowMs, long untilMs) {
    List<Claimable> open = jdbc.sql("SELECT id, lease_owner, lease_until_ms FROM optimization_job"
            + " WHERE status IN ('QUEUED', 'RUNNING') AND (lease_until_ms IS NULL OR lease_until_ms <= :now)"
            + " ORDER BY created_ms, id LIMIT 20")
        .param("now", nowMs)
        .query((rs, i) -> new Claimable(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class)))
        .list();
    for (Claimable c : open) {
      // The same condition again, atomically: of replicas racing for this row, one updates it.
      int won = jdbc.sql("UPDATE optimization_job SET lease_owner = :owner, lease_until_ms = :until"
              + " WHERE id = :id AND status IN ('QUEUED', 'RUNNING')"
              + " AND (lease_until_ms IS NULL OR lease_until_ms <= :now)")
          .param("owner", owner).param("until", untilMs).param("id", c.id()).param("now", nowMs).update();
      if (won == 1) {
        Optional<JobDocument> doc = find(c.id());
        if (doc.isPresent()) {
          return Optional.of(new Claim(doc.get(), c.owner(), c.until() != null && c.until() == 0));
        }
      }
    }
    return Optional.empty();
  }

  /** Extends {@code owner}'s lease on a job; false when the job is no longer {@code owner}'s. */
  public boolean renew(String id, String owner, long untilMs) {
    return jdbc.sql("UPDATE optimization_job SET lease_until_ms = :until WHERE id = :id AND lease_owner = :owner"
            + " AND status IN ('QUEUED', 'RUNNING')")
        .param("until", untilMs).param("id", id).param("owner", owner).update() == 1;
  }

  /** Gives a job's lease up at once (shutdown), so another replica or the next start resumes it. */
  public void release(String id, String owner) {
    jdbc.sql("UPDATE optimization_job SET lease_until_ms = 0 WHERE id = :id AND lease_owner = :owner")
        .param("id", id).param("owner", owner).update();
  }

  /** Stores the job if {@code owner} still holds its lease; false when another replica took it over. */
  public boolean updateOwned(JobDocument d, String owner) {
    return jdbc.sql("UPDATE optimization_job SET status = :status, attempts = :attempts, updated_ms = :now,"
            + " job_json = :doc WHERE id = :id AND lease_owner = :owner")
        .param("id", d.view().id()).param("status", d.view().status().name()).param("owner", owner)
        .param("attempts", d.view().attempts()).param("now", clock.millis()).param("doc", write(d)).update() == 1;
  }

  /** The replica holding a job's lease, if any. */
  public Optional<String> leaseOwner(String id) {
    return jdbc.sql("SELECT lease_owner FROM optimization_job WHERE id = :id").param("id", id)
        .query(String.class).optional();
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
