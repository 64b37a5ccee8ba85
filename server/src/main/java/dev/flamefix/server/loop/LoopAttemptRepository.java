package dev.flamefix.server.loop;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code loop_attempt} table (migration V2): the share a hotspot had when the loop last tried it. */
@Repository
public class LoopAttemptRepository {
  private final JdbcClient jdbc;
  private final Clock clock;

  public LoopAttemptRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The share recorded for the hotspot, if it was tried. */
  public Optional<Double> share(String app, String target) {
    return jdbc.sql("SELECT share FROM loop_attempt WHERE app = :app AND target = :target")
        .param("app", app).param("target", target).query(Double.class).optional();
  }

  @Transactional
  public void record(String app, String target, double share, String jobId) {
    int n = jdbc.sql("UPDATE loop_attempt SET share = :share, job_id = :job, at_ms = :now WHERE app = :app AND target = :target")
        .param("share", share).param("job", jobId).param("now", clock.millis()).param("app", app).param("target", target)
        .update();
    if (n == 0) {
      jdbc.sql("INSERT INTO loop_attempt (app, target, share, job_id, at_ms) VALUES (:app, :target, :share, :job, :now)")
          .param("share", share).param("job", jobId).param("now", clock.millis()).param("app", app)
          .param("target", target).update();
    }
  }
}
