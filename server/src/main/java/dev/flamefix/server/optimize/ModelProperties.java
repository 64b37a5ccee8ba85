package dev.flamefix.server.optimize;

/**
 * {@code flamefix.model.*}: the candidate model, bound from any Spring property source. Values
 * stay text so the optimizer's {@code ModelOptions} checks and explains them in one place, and
 * {@code FLAMEFIX_MODEL_*} variables (such as {@code FLAMEFIX_MODEL_BASE_URL}, which Spring's
 * relaxed binding would not map to {@code baseUrl}) take precedence there.
 *
 * @param provider {@code openai} (any OpenAI-compatible endpoint) or {@code ollama}
 * @param baseUrl the endpoint
 * @param apiKey the API key; never logged
 * @param name the model name; unset means no model
 * @param temperature sampling temperature
 * @param candidates answers per request
 * @param timeoutSeconds per-request timeout
 * @param maxRetries retries of a failed request
 * @param backoffMillis first retry delay
 * @param maxConcurrency requests in flight at most
 * @param maxTokens answer length limit
 * @param redact rename identifiers and blank literals before sending
 */
@org.springframework.boot.context.properties.ConfigurationProperties("flamefix.model")
public record ModelProperties(String provider, String baseUrl, String apiKey, String name, String temperature,
    String candidates, String timeoutSeconds, String maxRetries, String backoffMillis, String maxConcurrency,
    String maxTokens, String redact) {

  /** A setting by its key below {@code flamefix.model.} ({@code base-url}, ...), or null. */
  public String setting(String key) {
    return switch (key) {
      case "provider" -> provider;
      case "base-url" -> baseUrl;
      case "api-key" -> apiKey;
      case "name" -> name;
      case "temperature" -> temperature;
      case "candidates" -> candidates;
      case "timeout-seconds" -> timeoutSeconds;
      case "max-retries" -> maxRetries;
      case "backoff-millis" -> backoffMillis;
      case "max-concurrency" -> maxConcurrency;
      case "max-tokens" -> maxTokens;
      case "redact" -> redact;
      default -> null;
    };
  }

  @Override
  public String toString() {
    return "ModelProperties[name=" + name + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***") + "]";
  }
}
