package dev.flamefix.bench.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * What one load run measured.
 *
 * @param options the run
 * @param sent windows the agents started sending (each sent at least once)
 * @param backlog windows due before the end that their agents never started, queued behind slow
 *     sends (a real agent keeps them in its bounded queue)
 * @param acked windows a server answered 2xx for (accepted)
 * @param failed windows given up: still failing when the drain time was over
 * @param retries extra attempts
 * @param busy 429 answers (ingest saturated), each retried after its {@code Retry-After}
 * @param duplicateAnswers 2xx answers with {@code duplicate: true}: a retry of a window the server
 *     had stored although the earlier attempt's answer never arrived
 * @param drained whether every agent finished its last window within the drain time
 * @param stored per server (in {@code options.servers()} order), the windows and samples it
 *     answers for this run's apps in {@code GET /api/apps}
 * @param rows this run's rows and distinct windows in {@code profile_window} counted in
 *     PostgreSQL; {@code null} without {@code --jdbc}
 * @param ackedNotStored acknowledged windows missing from the table (matched by app, labels, pid,
 *     host and start); -1 without a PostgreSQL {@code --jdbc}
 * @param ackedSamples samples in the acknowledged windows
 * @param sustainedWindowsPerSecond acknowledged windows per second after the first window (all
 *     agents started) until the last window was due
 * @param latency request round trip of acknowledged sends, microseconds
 * @param lateness from when a window was due to its acknowledgement (queueing behind a slow
 *     previous send included), microseconds
 * @param serverCpuSeconds CPU time the server processes used during the run (all replicas)
 * @param bytesSent gzip bytes posted (retries included)
 * @param dbBefore the window table before, or {@code null}
 * @param dbAfter the window table after, or {@code null}
 * @param loadAverages the machine's 1-minute load average, sampled every 5 s during the run
 * @param lastFailure the last failed send's status or error, or empty
 */
public record LoadReport(
    LoadOptions options,
    long sent,
    long backlog,
    long acked,
    long failed,
    long retries,
    long busy,
    long duplicateAnswers,
    boolean drained,
    List<ServerProbe.Stored> stored,
    ServerProbe.Rows rows,
    long ackedNotStored,
    long ackedSamples,
    double sustainedWindowsPerSecond,
    Histogram latency,
    Histogram lateness,
    double serverCpuSeconds,
    long bytesSent,
    ServerProbe.DbSize dbBefore,
    ServerProbe.DbSize dbAfter,
    double[] loadAverages,
    String lastFailure) {

  /**
   * Windows lost by the servers: acknowledged but not in the table when PostgreSQL was counted,
   * else sent but not in the first server's answer (every replica reads one database).
   */
  public long lost() {
    return ackedNotStored >= 0 ? ackedNotStored : sent - stored.get(0).windows();
  }

  /**
   * Windows sent but not stored: still retried (the agent keeps them queued) when the drain time
   * ran out, or lost; 0 when every sent window got in. Against distinct stored windows when
   * PostgreSQL was counted.
   */
  public long unstored() {
    return sent - (rows == null ? stored.get(0).windows() : rows.distinct());
  }

  /** Windows stored more than once; 0 when PostgreSQL was not counted. */
  public long duplicates() {
    return rows == null ? 0 : rows.rows() - rows.distinct();
  }

  /** Server CPU milliseconds per acknowledged window. */
  public double cpuMillisPerWindow() {
    return acked == 0 ? Double.NaN : serverCpuSeconds * 1000 / acked;
  }

  /**
   * Server CPU milliseconds per row it stored, the server's work per window whether or not the
   * agent was still waiting for the answer; NaN without a PostgreSQL {@code --jdbc}.
   */
  public double cpuMillisPerStoredRow() {
    return rows == null || rows.rows() == 0 ? Double.NaN : serverCpuSeconds * 1000 / rows.rows();
  }

  /** Table bytes added per stored row, or NaN without a PostgreSQL {@code --jdbc}. */
  public double dbBytesPerWindow() {
    if (dbBefore == null || dbAfter == null || dbAfter.rows() <= dbBefore.rows()) {
      return Double.NaN;
    }
    return (double) (dbAfter.bytes() - dbBefore.bytes()) / (dbAfter.rows() - dbBefore.rows());
  }

  /** Database bytes for 1,000 JVMs profiled for an hour: 1,000 × windows per hour × bytes/window. */
  public double dbBytesPer1000JvmHours() {
    return dbBytesPerWindow() * 1000 * (3_600_000.0 / options.window().toMillis());
  }

  /** A human-readable summary. */
  public String text() {
    double[] load = loadAverages.clone();
    Arrays.sort(load);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "agents %d, apps %d, replicas %d, window %ds, duration %ds%n",
        options.agents(), options.apps(), options.servers().size(), options.window().toSeconds(),
        options.duration().toSeconds()));
    b.append(String.format(Locale.ROOT, "windows: sent %d, accepted %d, still retried at the end %d, retries %d (429: %d), duplicate answers %d, backlog %d, stored %s, rows %s, sent but not stored %d, lost (accepted, not stored) %d, duplicates stored %d%s%n",
        sent, acked, failed, retries, busy, duplicateAnswers, backlog, stored.stream().map(s -> Long.toString(s.windows())).toList(),
        rows == null ? "-" : rows.rows() + " (" + rows.distinct() + " distinct)", unstored(), lost(), duplicates(),
        drained ? "" : " (NOT drained: agents were still behind when the drain time ran out)"));
    b.append(String.format(Locale.ROOT, "samples: acknowledged %d, stored %d%n", ackedSamples, stored.get(0).samples()));
    b.append(String.format(Locale.ROOT, "throughput: offered %.1f windows/s, sustained %.1f windows/s, %.2f MB/s gzip%n",
        options.offeredWindowsPerSecond(), sustainedWindowsPerSecond,
        bytesSent / 1e6 / Math.max(1, options.duration().toSeconds())));
    b.append(String.format(Locale.ROOT, "ingest latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms; due-to-ack p50 %.1f ms, p99 %.1f ms%n",
        ms(latency, 50), ms(latency, 99), latency.getMaxValue() / 1000.0, ms(lateness, 50), ms(lateness, 99)));
    b.append(String.format(Locale.ROOT, "server CPU: %.1f s, %.2f ms per acknowledged window, %.2f ms per stored row%n",
        serverCpuSeconds, cpuMillisPerWindow(), cpuMillisPerStoredRow()));
    if (dbBefore != null && dbAfter != null) {
      b.append(String.format(Locale.ROOT, "database: %d -> %d bytes, %d -> %d rows: %.0f bytes/window, %.2f GB per 1,000 JVM-hours%n",
          dbBefore.bytes(), dbAfter.bytes(), dbBefore.rows(), dbAfter.rows(), dbBytesPerWindow(),
          dbBytesPer1000JvmHours() / 1e9));
    }
    b.append(String.format(Locale.ROOT, "load average (1 min) during the run: min %.1f, median %.1f, max %.1f%n",
        load.length == 0 ? Double.NaN : load[0], load.length == 0 ? Double.NaN : load[load.length / 2],
        load.length == 0 ? Double.NaN : load[load.length - 1]));
    if (!lastFailure.isEmpty()) {
      b.append("last failure: ").append(lastFailure).append('\n');
    }
    return b.toString();
  }

  /** One machine-readable line. */
  public String resultLine() {
    return String.format(Locale.ROOT,
        "RESULT replicas=%d agents=%d sent=%d backlog=%d acked=%d busy=%d duplicate_answers=%d stored=%d unstored=%d lost=%d duplicates=%d failed=%d windows_per_s=%.1f"
            +  " p50_ms=%.1f p99_ms=%.1f cpu_ms_per_window=%.2f cpu_ms_per_row=%.2f db_bytes_per_window=%.0f"
            + " db_gb_per_1000_jvm_hours=%.3f",
        options.servers().size(), options.agents(), sent, backlog, acked, busy, duplicateAnswers, stored.get(0).windows(), unstored(), lost(),
        duplicates(), failed,
        sustainedWindowsPerSecond, ms(latency, 50), ms(latency, 99), cpuMillisPerWindow(), cpuMillisPerStoredRow(),
        dbBytesPerWindow(), dbBytesPer1000JvmHours() / 1e9);
  }

  private static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
  }
}
