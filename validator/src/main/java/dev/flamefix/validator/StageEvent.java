package dev.flamefix.validator;

/**
 * A progress event.
 *
 * @param requestId the request concerned, or {@code "*"} for a whole batch
 * @param stage the stage
 * @param status {@code started}, {@code passed}, {@code failed} or {@code skipped}
 * @param message one human-readable line
 * @param elapsedMillis time since the validation started
 */
public record StageEvent(String requestId, Stage stage, String status, String message,
    long elapsedMillis) {}
