package dev.flamefix.server.proposals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code proposal} table (migrations V2, V5). */
@Repository
public class ProposalRepository {
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
    return jdbc.sql("SELECT proposal_json FROM proposal WHERE app = :app AND target = :target AND patch_hash = :hash")
        .param("app", app == null ? "" : app).param("target", target).param("hash", patchHash)
        .query(String.class).optional().map(this::read);
  }

  /** The proposal a job made for a target, if any (a job taken over by another replica makes no second one). */
  public Optional<StoredProposal> findByJob(String jobId, String target) {
    return jdbc.sql("SELECT proposal_json FROM proposal WHERE job_id = :job AND target = :target")
        .param("job", jobId).param("target", target).query(String.class).optional().map(this::read);
  }

  public void insert(StoredProposal p, String patchHash) {
    jdbc.sql("INSERT INTO proposal (id, app, target, status, patch_hash, created_ms, proposal_json, job_id)"
            + " VALUES (:id, :app, :target, :status, :hash, :now, :doc, :job)")
        .param("job", p.proposal().jobId())
        .param("id", p.proposal().id()).param("app", p.proposal().app() == null ? "" : p.proposal().app())
        .param("target", p.proposal().target()).param("status", p.proposal().status().name())
        .param("hash", patchHash).param("now", clock.millis()).param("doc", write(p)).update();
  }

  /** Replaces the stored document if the status is still {@code expected}; false otherwise. */
  public boolean update(StoredProposal p, ProposalStatus expected) {
    return jdbc.sql("UPDATE proposal SET status = :status, proposal_json = :doc WHERE id = :id AND status = :expected")
        .param("status", p.proposal().status().name()).param("doc", write(p)).param("id", p.proposal().id())
        .param("expected", expected.name()).update() == 1;
  }

  public Optional<StoredProposal> find(String id) {
    return jdbc.sql("SELECT proposal_json FROM proposal WHERE id = :id").param("id", id)
        .query(String.class).optional().map(this::read);
  }

  /** Newest first, filtered by app and status when given. */
  public List<StoredProposal> list(String app, ProposalStatus status, int limit) {
    StringBuilder sql = new StringBuilder("SELECT proposal_json FROM proposal WHERE 1 = 1");
    if (app != null) sql.append(" AND app = :app");
    if (status != null) sql.append(" AND status = :status");
    sql.append(" ORDER BY created_ms DESC, id LIMIT :limit");
    var spec = jdbc.sql(sql.toString()).param("limit", limit);
    if (app != null) spec = spec.param("app", app);
    if (status != null) spec = spec.param("status", status.name());
    return spec.query(String.class).list().stream().map(this::read).toList();
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
