package dev.flamefix.server.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code strategy_outcome} table (migration V2) and the per-strategy counts derived from it. */
@Repository
public class StrategyRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  public StrategyRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records one outcome. */
  public void record(StrategyOutcome o) {
    jdbc.sql("INSERT INTO strategy_outcome (strategy, kind, accepted, speedup, recipe, model, suggestions, target, at_ms)"
            + " VALUES (:strategy, :kind, :accepted, :speedup, :recipe, :model, :suggestions, :target, :at)")
        .param("strategy", o.strategy())
        .param("kind", o.kind().name())
        .param("accepted", o.accepted())
        .param("speedup", o.speedup())
        .param("recipe", o.recipe())
        .param("model", o.model())
        .param("suggestions", truncate(String.join(",", o.suggestions()), 4000))
        .param("target", truncate(o.target(), 1000))
        .param("at", clock.millis())
        .update();
  }

  /** Every strategy seen so far, with its counts, most tried first. */
  public List<StrategyArm> arms() {
    List<StrategyArm> out = new ArrayList<>();
    jdbc.sql("SELECT strategy,"
            + " SUM(CASE WHEN kind = 'VALIDATION' THEN 1 ELSE 0 END) AS tried,"
            + " SUM(CASE WHEN kind = 'VALIDATION' AND accepted THEN 1 ELSE 0 END) AS acc,"
            + " SUM(CASE WHEN kind = 'REVIEW' AND NOT accepted THEN 1 ELSE 0 END) AS rev_rej,"
            + " SUM(CASE WHEN kind = 'REVIEW' AND accepted THEN 1 ELSE 0 END) AS rev_acc,"
            + " AVG(CASE WHEN kind = 'VALIDATION' AND accepted THEN speedup END) AS mean_speedup"
            + " FROM strategy_outcome GROUP BY strategy ORDER BY tried DESC, strategy")
        .query((rs, i) -> StrategyArm.of(rs.getString("strategy"), rs.getLong("tried"), rs.getLong("acc"),
            rs.getLong("rev_rej"), rs.getLong("rev_acc"), rs.getDouble("mean_speedup")))
        .list()
        .forEach(out::add);
    return out;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
