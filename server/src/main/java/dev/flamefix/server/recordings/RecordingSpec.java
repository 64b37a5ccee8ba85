package dev.flamefix.server.recordings;

import dev.flamefix.server.optimize.OptimizationSpec;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/apps/{app}/recordings}: which method to record and within which
 * bounds. Missing bounds take the defaults.
 *
 * @param method a method key {@code com.acme.Foo#bar(java.lang.String,int)}, or {@code
 *     com.acme.Foo#bar} for the only method of that name (the agent refuses an overloaded name)
 * @param maxCalls calls to record at most (1..10000, default 200)
 * @param durationSeconds time box of the recording once an agent claimed it (1..600, default 60)
 * @param sampleEvery record one of every this many calls (1..1000000, default 1)
 * @param maxBytesPerCall largest copy of one call; larger calls are skipped as {@code too_large}
 *     (256..1048576, default 65536)
 */
public record RecordingSpec(
    @NotBlank(message = "is required (com.acme.Foo#bar or com.acme.Foo#bar(int))")
    @Size(max = 1000, message = NOT_A_METHOD)
    @Pattern(regexp = OptimizationSpec.TARGET, message = NOT_A_METHOD)
    @Schema(example = "com.acme.orders.OrderAnalytics#renderReport")
    String method,
    @Min(value = 1, message = CALLS) @Max(value = RecordingProperties.MAX_CALLS, message = CALLS)
    Integer maxCalls,
    @Min(value = 1, message = DURATION) @Max(value = MAX_DURATION_SECONDS, message = DURATION)
    Integer durationSeconds,
    @Min(value = 1, message = SAMPLE) @Max(value = 1_000_000, message = SAMPLE)
    Integer sampleEvery,
    @Min(value = 256, message = BYTES) @Max(value = 1_048_576, message = BYTES)
    Integer maxBytesPerCall) {

  public static final int DEFAULT_MAX_CALLS = 200;
  public static final int DEFAULT_DURATION_SECONDS = 60;
  public static final int MAX_DURATION_SECONDS = 600;
  public static final int DEFAULT_MAX_BYTES_PER_CALL = 65_536;

  private static final String NOT_A_METHOD =
      "not a method (com.acme.Foo#bar or com.acme.Foo#bar(java.lang.String,int)): ${validatedValue}";
  private static final String CALLS = "must be 1..10000, was ${validatedValue}";
  private static final String DURATION = "must be 1..600, was ${validatedValue}";
  private static final String SAMPLE = "must be 1..1000000, was ${validatedValue}";
  private static final String BYTES = "must be 256..1048576, was ${validatedValue}";

  /** The method as agents read it: parameter lists without blanks. */
  String normalizedMethod() {
    return method.trim().replaceAll("\\s+", "");
  }

  int maxCallsOrDefault() {
    return maxCalls == null ? DEFAULT_MAX_CALLS : maxCalls;
  }

  int durationOrDefault() {
    return durationSeconds == null ? DEFAULT_DURATION_SECONDS : durationSeconds;
  }

  int sampleEveryOrDefault() {
    return sampleEvery == null ? 1 : sampleEvery;
  }

  int maxBytesOrDefault() {
    return maxBytesPerCall == null ? DEFAULT_MAX_BYTES_PER_CALL : maxBytesPerCall;
  }
}
