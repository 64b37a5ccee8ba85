package dev.flamefix.server.appconfig;

import java.util.List;

/**
 * The body of {@code PUT /api/apps/{app}/config}. Checked by {@link AppConfigService#validate}.
 *
 * @param sourceRoot directory of the app's sources (must exist on the server)
 * @param classpath class path entries (must exist), or empty with {@code buildCommand}
 * @param buildCommand command printing the class path as its last line
 * @param applicationPackages the app's packages
 * @param cores CPU cores in production (&gt; 0; default 1)
 * @param budget concurrent jobs (1..16) and CPU minutes per day (&gt;= 0)
 */
public record AppConfigRequest(
    String sourceRoot,
    List<String> classpath,
    String buildCommand,
    List<String> applicationPackages,
    Double cores,
    BudgetRequest budget) {

  /** Budget fields as sent; missing ones take the defaults. */
  public record BudgetRequest(Integer concurrentJobs, Double cpuMinutesPerDay) {}
}
