package dev.flamefix.server.fleet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code named_lease} table (migration V5): a name held by one replica at a time, for work
 * that must happen once across the fleet (the continuous loop's round of an app).
 */
@Repository
public class LeaseRepository {
  private final JdbcClient jdbc;

  public LeaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes or extends the lease {@code name} until {@code untilMs} if it is free, expired, or
   * already {@code owner}'s. Atomic on both databases: one conditional UPDATE (PostgreSQL
   * re-checks its condition after a concurrent writer commits), or one INSERT on the primary key.
   *
   * @return whether {@code owner} holds it now
   */
  public boolean tryAcquire(String name, String owner, long nowMs, long untilMs) {
    int n = jdbc.sql("UPDATE named_lease SET owner = :owner, until_ms = :until"
            + " WHERE name = :name AND (owner = :owner OR until_ms <= :now)")
        .param("owner", owner).param("until", untilMs).param("name", name).param("now", nowMs).update();
    if (n == 1) return true;
    try {
      return jdbc.sql("INSERT INTO named_lease (name, owner, until_ms) VALUES (:name, :owner, :until)")
          .param("name", name).param("owner", owner).param("until", untilMs).update() == 1;
    } catch (DuplicateKeyException held) {
      return false;
    }
  }

  /** The current holder of {@code name} if its lease has not expired at {@code nowMs}. */
  public java.util.Optional<String> holder(String name, long nowMs) {
    return jdbc.sql("SELECT owner FROM named_lease WHERE name = :name AND until_ms > :now")
        .param("name", name).param("now", nowMs).query(String.class).optional();
  }
}
