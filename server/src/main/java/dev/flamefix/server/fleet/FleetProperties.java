package dev.flamefix.server.fleet;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flamefix.fleet.*}: how this process shares one database with other flamefix processes.
 *
 * @param role {@code server} (default: ingest, API, jobs, the loop) or {@code worker} (candidate
 *     validation only; {@code flamefix worker})
 * @param replicaId this process's name in leases (default: host name plus a random suffix, new at
 *     every start, so a restarted process never mistakes an old lease for its own)
 * @param jobLease how long a job's lease holds without renewal; a job whose replica died is taken
 *     over after it (default 30 s, renewed every third of it)
 * @param pollInterval how often a replica looks for claimable jobs (default 1 s)
 */
@ConfigurationProperties("flamefix.fleet")
public record FleetProperties(String role, String replicaId, Duration jobLease, Duration pollInterval) {
  public FleetProperties {
    role = role == null || role.isBlank() ? "server" : role.trim().toLowerCase(Locale.ROOT);
    if (!role.equals("server") && !role.equals("worker")) {
      throw new IllegalArgumentException("flamefix.fleet.role must be 'server' or 'worker', not '" + role + "'");
    }
    replicaId = replicaId == null || replicaId.isBlank() ? defaultId() : replicaId.trim();
    jobLease = jobLease == null || jobLease.toMillis() < 300 ? Duration.ofSeconds(30) : jobLease;
    pollInterval = pollInterval == null || pollInterval.toMillis() < 10 ? Duration.ofSeconds(1) : pollInterval;
  }

  /** Whether this process only validates candidates. */
  public boolean worker() {
    return role.equals("worker");
  }

  private static String defaultId() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        host = "flamefix";
      }
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
