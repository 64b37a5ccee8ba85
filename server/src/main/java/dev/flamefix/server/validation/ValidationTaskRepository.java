package dev.flamefix.server.validation;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code validation_task} table (migration V5): the queue between servers in remote
 * validation mode and workers. Claims are compare-and-set updates of the lease columns, like jobs.
 */
@Repository
public class ValidationTaskRepository {
  private final JdbcClient jdbc;

  public ValidationTaskRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Task states. */
  public enum Status { QUEUED, RUNNING, DONE, FAILED, WITHDRAWN }

  /**
   * A task as stored.
   *
   * @param id job id and request hash
   * @param jobId the job it belongs to
   * @param status state
   * @param attempts starts by workers so far
   * @param owner the worker holding it, or null
   * @param requestJson the validator request
   * @param verdictJson the verdict once done
   * @param progressJson the last stage event a worker reported
   * @param error why it failed
   * @param leaseUntilMs until when the worker's lease holds (the moment it was released or expired
   *     once it lies in the past), or null when never claimed
   */
  public record Task(String id, String jobId, Status status, int attempts, String owner, String requestJson,
      String verdictJson, String progressJson, String error, Long leaseUntilMs) {

    /** Whether a worker took this task and then stopped renewing its lease (died, or released it). */
    public boolean orphaned(long nowMs) {
      return status == Status.RUNNING && leaseUntilMs != null && leaseUntilMs <= nowMs;
    }
  }

  private static final String COLUMNS =
      "id, job_id, status, attempts, lease_owner, request_json, verdict_json, progress_json, error, lease_until_ms";

  /** Queues a task unless one with this id exists (a rerun of the same job asks again). */
  public void enqueue(String id, String jobId, String requestJson, long nowMs) {
    try {
      jdbc.sql("INSERT INTO validation_task (id, job_id, status, attempts, request_json, created_ms, updated_ms)"
              + " VALUES (:id, :job, 'QUEUED', 0, :req, :now, :now)")
          .param("id", id).param("job", jobId).param("req", requestJson).param("now", nowMs).update();
    } catch (DuplicateKeyException exists) {
      // already queued, running or done: the caller waits for it or reads its verdict
    }
  }

  /**
   * Withdraws the job's tasks that no worker has taken yet, so none is started after the job gave
   * up on them; compare-and-set on {@code QUEUED}, so a task a worker claimed meanwhile stays its.
   *
   * @return how many were withdrawn
   */
  public int withdrawQueued(String jobId, String reason, long nowMs) {
    return jdbc.sql("UPDATE validation_task SET status = 'WITHDRAWN', error = :e, updated_ms = :now"
            + " WHERE job_id = :job AND status = 'QUEUED'")
        .param("e", reason.length() > 2000 ? reason.substring(0, 2000) : reason).param("now", nowMs)
        .param("job", jobId).update();
  }

  /**
   * Withdraws one task that a worker took but stopped renewing at or before {@code
   * leaseEndedBefore}, and that no worker took again since: compare-and-set on the expired lease,
   * so a worker that claimed or renewed it meanwhile keeps it, and a worker that comes back after
   * the withdrawal can neither renew nor complete it.
   *
   * @return whether it was withdrawn
   */
  public boolean withdrawOrphaned(String id, String reason, long nowMs, long leaseEndedBefore) {
    return jdbc.sql("UPDATE validation_task SET status = 'WITHDRAWN', error = :e, updated_ms = :now"
            + " WHERE id = :id AND status = 'RUNNING' AND lease_until_ms <= :before")
        .param("e", reason.length() > 2000 ? reason.substring(0, 2000) : reason).param("now", nowMs)
        .param("id", id).param("before", leaseEndedBefore).update() == 1;
  }

  public Optional<Task> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM validation_task WHERE id = :id").param("id", id)
        .query(ValidationTaskRepository::task).optional();
  }

  /** Tasks of one job, oldest first. */
  public List<Task> ofJob(String jobId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM validation_task WHERE job_id = :job ORDER BY created_ms, id")
        .param("job", jobId).query(ValidationTaskRepository::task).list();
  }

  /**
   * Claims the oldest task that is queued, or running under an expired or released lease, for
   * {@code owner}; its attempts count up by one.
   */
  public Optional<Task> claim(String owner, long nowMs, long untilMs) {
    List<String> open = jdbc.sql("SELECT id FROM validation_task WHERE status IN ('QUEUED', 'RUNNING')"
            + " AND (lease_until_ms IS NULL OR lease_until_ms <= :now) ORDER BY created_ms, id LIMIT 20")
        .param("now", nowMs).query(String.class).list();
    for (String id : open) {
      int won = jdbc.sql("UPDATE validation_task SET status = 'RUNNING', attempts = attempts + 1,"
              + " lease_owner = :owner, lease_until_ms = :until, updated_ms = :now"
              + " WHERE id = :id AND status IN ('QUEUED', 'RUNNING')"
              + " AND (lease_until_ms IS NULL OR lease_until_ms <= :now)")
          .param("owner", owner).param("until", untilMs).param("now", nowMs).param("id", id).update();
      if (won == 1) {
        return find(id);
      }
    }
    return Optional.empty();
  }

  /** Extends {@code owner}'s lease; false when the task is no longer {@code owner}'s to run. */
  public boolean renew(String id, String owner, long untilMs) {
    return jdbc.sql("UPDATE validation_task SET lease_until_ms = :until WHERE id = :id AND lease_owner = :owner"
            + " AND status = 'RUNNING'")
        .param("until", untilMs).param("id", id).param("owner", owner).update() == 1;
  }

  /**
   * Gives the task up at once (worker shutdown), so another worker retries it without waiting; the
   * lease ends now rather than at 0, so a waiting server counts its unclaimed timeout from here.
   */
  public void release(String id, String owner, long nowMs) {
    jdbc.sql("UPDATE validation_task SET lease_until_ms = :now WHERE id = :id AND lease_owner = :owner"
            + " AND status = 'RUNNING'")
        .param("now", nowMs).param("id", id).param("owner", owner).update();
  }

  /** The last stage event of a running task. */
  public void progress(String id, String owner, String progressJson, long nowMs) {
    jdbc.sql("UPDATE validation_task SET progress_json = :p, updated_ms = :now WHERE id = :id"
            + " AND lease_owner = :owner AND status = 'RUNNING'")
        .param("p", progressJson).param("now", nowMs).param("id", id).param("owner", owner).update();
  }

  /** Stores the verdict if {@code owner} still holds the task; false when another worker took it over. */
  public boolean complete(String id, String owner, String verdictJson, long nowMs) {
    return jdbc.sql("UPDATE validation_task SET status = 'DONE', verdict_json = :v, updated_ms = :now"
            + " WHERE id = :id AND lease_owner = :owner AND status = 'RUNNING'")
        .param("v", verdictJson).param("now", nowMs).param("id", id).param("owner", owner).update() == 1;
  }

  /** Ends a task without a verdict. */
  public boolean fail(String id, String owner, String error, long nowMs) {
    String e = error.length() > 2000 ? error.substring(0, 2000) : error;
    return jdbc.sql("UPDATE validation_task SET status = 'FAILED', error = :e, updated_ms = :now"
            + " WHERE id = :id AND lease_owner = :owner AND status = 'RUNNING'")
        .param("e", e).param("now", nowMs).param("id", id).param("owner", owner).update() == 1;
  }

  private static Task task(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Task(rs.getString(1), rs.getString(2), Status.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, Long.class));
  }
}
