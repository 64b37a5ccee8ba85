package dev.flamefix.server.appconfig;

import java.util.List;

/**
 * What flamefix needs to optimize an application: where its code is, how to compile against it,
 * which packages are its own, its size (for savings) and how much CPU optimization may spend.
 *
 * @param app the application name (as the agent reports it)
 * @param sourceRoot directory of the sources, e.g. {@code /src/orders/src/main/java}
 * @param classpath the class path the sources compile and run against (jars and directories)
 * @param buildCommand alternatively, a command run in {@code sourceRoot} whose last output line is
 *     a class path ({@code File.pathSeparator}-separated); used when {@code classpath} is empty
 * @param applicationPackages the app's own packages
 * @param cores CPU cores the application runs on in production (for the savings estimate)
 * @param budget what the continuous loop may spend on this app
 * @param updatedAt when this configuration was stored (ISO-8601)
 */
public record AppConfig(
    String app,
    String sourceRoot,
    List<String> classpath,
    String buildCommand,
    List<String> applicationPackages,
    double cores,
    Budget budget,
    String updatedAt) {

  public AppConfig {
    classpath = classpath == null ? List.of() : List.copyOf(classpath);
    applicationPackages = applicationPackages == null ? List.of() : List.copyOf(applicationPackages);
    budget = budget == null ? Budget.DEFAULT : budget;
  }

  /**
   * The optimization budget of one app.
   *
   * @param concurrentJobs jobs of this app queued or running at once (default 1)
   * @param cpuMinutesPerDay wall-clock minutes of validation per UTC day the loop may spend (default 60)
   */
  public record Budget(int concurrentJobs, double cpuMinutesPerDay) {
    public static final Budget DEFAULT = new Budget(1, 60);
  }
}
