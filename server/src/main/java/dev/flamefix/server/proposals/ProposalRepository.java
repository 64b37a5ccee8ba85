package dev.flamefix.server.proposals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code proposal} table (migrations V2, V5, V9). */
@Repository
public class ProposalRepository {
  private static final String SELECT = "SELECT proposal_json, validated_ms, validated_job_id FROM proposal";

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public ProposalRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** The proposal with the same app, target and patch, if any. */
  public Optional<StoredProposal> findByPatch(String app, String target, String patchHash) {
    return jdbc.sql(SELECT + " WHERE app = :app AND target = :target AND patch_hash = :hash")
        .param("app", app == null ? "" : app).param("target", target).param("hash", patchHash)
        .query(this::row).optional();
  }

  /**
   * The proposal a job made or last refreshed for a target, if any (a job taken over by another
   * replica makes no second one, and does not refresh its own measurement again).
   */
  public Optional<StoredProposal> findByJob(String jobId, String target) {
    // At most one in practice: a job that made a proposal for the target finds it here and
    // never refreshes another; first() rather than optional() so a stray second row cannot fail a job.
    return jdbc.sql(SELECT + " WHERE (job_id = :job OR validated_job_id = :job) AND target = :target ORDER BY created_ms, id")
        .param("job", jobId).param("target", target).query(this::row).list().stream().findFirst();
  }

  public void insert(StoredProposal p, String patchHash) {
    jdbc.sql("INSERT INTO proposal (id, app, target, status, patch_hash, created_ms, proposal_json, job_id, validated_ms,"
            + " validated_job_id) VALUES (:id, :app, :target, :status, :hash, :now, :doc, :job, :validated, :validatedJob)")
        .param("job", p.proposal().jobId())
        .param("id", p.proposal().id()).param("app", p.proposal().app() == null ? "" : p.proposal().app())
        .param("target", p.proposal().target()).param("status", p.proposal().status().name())
        .param("hash", patchHash).param("now", clock.millis()).param("doc", write(p))
        .param("validated", validatedMs(p.proposal())).param("validatedJob", p.proposal().validatedJobId()).update();
  }

  /**
   * Replaces the stored document (its status, measurement and review) if the status is still
   * {@code expected}; false otherwise, and then nothing changed: a decision made meanwhile stays.
   */
  public boolean update(StoredProposal p, ProposalStatus expected) {
    return jdbc.sql("UPDATE proposal SET status = :status, proposal_json = :doc, validated_ms = :validated,"
            + " validated_job_id = :validatedJob WHERE id = :id AND status = :expected")
        .param("status", p.proposal().status().name()).param("doc", write(p))
        .param("validated", validatedMs(p.proposal())).param("validatedJob", p.proposal().validatedJobId())
        .param("id", p.proposal().id()).param("expected", expected.name()).update() == 1;
  }

  public Optional<StoredProposal> find(String id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::row).optional();
  }

  /** Newest first, filtered by app and status when given. */
  public List<StoredProposal> list(String app, ProposalStatus status, int limit) {
    StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
    if (app != null) sql.append(" AND app = :app");
    if (status != null) sql.append(" AND status = :status");
    sql.append(" ORDER BY created_ms DESC, id LIMIT :limit");
    var spec = jdbc.sql(sql.toString()).param("limit", limit);
    if (app != null) spec = spec.param("app", app);
    if (status != null) spec = spec.param("status", status.name());
    return spec.query(this::row).list();
  }

  /** The document, with when and by whom it was last validated taken from V9's columns when it predates them. */
  private StoredProposal row(ResultSet rs, int rowNum) throws SQLException {
    StoredProposal s = read(rs.getString("proposal_json"));
    Proposal p = s.proposal();
    if (p.validatedAt() != null) {
      return s;
    }
    long ms = rs.getLong("validated_ms");
    String at = rs.wasNull() ? p.createdAt() : Instant.ofEpochMilli(ms).toString();
    String job = rs.getString("validated_job_id");
    return s.with(p.validated(at, job == null ? p.jobId() : job));
  }

  private static Long validatedMs(Proposal p) {
    return p.validatedAt() == null ? null : Instant.parse(p.validatedAt()).toEpochMilli();
  }

  private String write(StoredProposal p) {
    try {
      return json.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private StoredProposal read(String doc) {
    try {
      return json.readValue(doc, StoredProposal.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored proposal unreadable", e);
    }
  }
}
