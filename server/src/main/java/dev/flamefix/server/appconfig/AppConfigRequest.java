package dev.flamefix.server.appconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * The body of {@code PUT /api/apps/{app}/config}. Checked by {@link AppConfigService#validate}:
 * the annotations here, and what needs the server's disk (paths, the class path or build command).
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
    @DecimalMin(value = "0", inclusive = false, message = CORES)
    @DecimalMax(value = "100000", message = CORES)
    Double cores,
    @Valid BudgetRequest budget) {

  private static final String CORES = "must be > 0 and <= 100000, was ${validatedValue}";

  /** Budget fields as sent; missing ones take the defaults. */
  public record BudgetRequest(
      @Min(value = 1, message = JOBS) @Max(value = 16, message = JOBS) Integer concurrentJobs,
      Double cpuMinutesPerDay) {

    private static final String JOBS = "must be 1..16, was ${validatedValue}";
  }
}
