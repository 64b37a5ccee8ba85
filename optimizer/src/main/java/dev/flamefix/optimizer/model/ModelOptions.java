package dev.flamefix.optimizer.model;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Which model to ask and how. Build with {@link #builder()} or load from properties / environment
 * with {@link #load(Properties, Map)} (environment wins over properties, both over defaults):
 *
 * <table>
 *   <caption>keys</caption>
 *   <tr><th>property</th><th>environment</th><th>default</th></tr>
 *   <tr><td>flamefix.model.provider</td><td>FLAMEFIX_MODEL_PROVIDER</td><td>openai (or ollama)</td></tr>
 *   <tr><td>flamefix.model.base-url</td><td>FLAMEFIX_MODEL_BASE_URL</td><td>openai: https://api.openai.com/v1; ollama: http://localhost:11434</td></tr>
 *   <tr><td>flamefix.model.api-key</td><td>FLAMEFIX_MODEL_API_KEY</td><td>none</td></tr>
 *   <tr><td>flamefix.model.name</td><td>FLAMEFIX_MODEL_NAME</td><td>required</td></tr>
 *   <tr><td>flamefix.model.temperature</td><td>FLAMEFIX_MODEL_TEMPERATURE</td><td>0.2</td></tr>
 *   <tr><td>flamefix.model.candidates</td><td>FLAMEFIX_MODEL_CANDIDATES</td><td>1</td></tr>
 *   <tr><td>flamefix.model.timeout-seconds</td><td>FLAMEFIX_MODEL_TIMEOUT_SECONDS</td><td>120</td></tr>
 *   <tr><td>flamefix.model.max-retries</td><td>FLAMEFIX_MODEL_MAX_RETRIES</td><td>3</td></tr>
 *   <tr><td>flamefix.model.backoff-millis</td><td>FLAMEFIX_MODEL_BACKOFF_MILLIS</td><td>500</td></tr>
 *   <tr><td>flamefix.model.max-concurrency</td><td>FLAMEFIX_MODEL_MAX_CONCURRENCY</td><td>2</td></tr>
 *   <tr><td>flamefix.model.max-tokens</td><td>FLAMEFIX_MODEL_MAX_TOKENS</td><td>4096</td></tr>
 *   <tr><td>flamefix.model.redact</td><td>FLAMEFIX_MODEL_REDACT</td><td>false</td></tr>
 * </table>
 *
 * <p>{@link #toString()} never prints the API key.
 */
public record ModelOptions(
    Provider provider,
    String baseUrl,
    String apiKey,
    String modelName,
    double temperature,
    int candidates,
    Duration timeout,
    int maxRetries,
    Duration initialBackoff,
    int maxConcurrency,
    int maxTokens,
    boolean redact) {

  /** The wire protocols supported. */
  public enum Provider {
    /** Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, llama.cpp, LM Studio). */
    OPENAI,
    /** Ollama, through its OpenAI-compatible {@code /v1} API. */
    OLLAMA
  }

  public ModelOptions {
    if (modelName == null || modelName.isBlank()) {
      throw new IllegalArgumentException("model name is required (flamefix.model.name / FLAMEFIX_MODEL_NAME)");
    }
    if (candidates < 1) throw new IllegalArgumentException("candidates must be >= 1, was " + candidates);
    if (maxConcurrency < 1) throw new IllegalArgumentException("max-concurrency must be >= 1, was " + maxConcurrency);
    if (maxRetries < 0) throw new IllegalArgumentException("max-retries must be >= 0, was " + maxRetries);
    if (temperature < 0 || temperature > 2) throw new IllegalArgumentException("temperature must be in [0,2], was " + temperature);
    if (baseUrl == null || baseUrl.isBlank()) {
      baseUrl = provider == Provider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
    }
  }

  /** The base URL of the OpenAI-compatible API this provider is reached through. */
  public String openAiCompatibleBaseUrl() {
    String url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    if (provider == Provider.OLLAMA && !url.endsWith("/v1")) url = url + "/v1";
    return url;
  }

  /** Candidate label: {@code model:<name>}. */
  public String label() {
    return "model:" + modelName;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Loads from {@code flamefix.model.*} {@code properties} then {@code env} (e.g. {@code System.getenv()}). */
  public static ModelOptions load(Properties properties, Map<String, String> env) {
    return load(key -> properties.getProperty("flamefix.model." + key), env);
  }

  /**
   * Loads from configured settings, with {@code FLAMEFIX_MODEL_*} variables in {@code env} taking
   * precedence.
   *
   * @param settings a setting by its key below {@code flamefix.model.} ({@code base-url}, {@code
   *     api-key}, {@code name}, ...), or null when unset
   */
  public static ModelOptions load(java.util.function.Function<String, String> settings, Map<String, String> env) {
    Builder b = builder();
    java.util.function.Function<String, String> get =
        key -> {
          String envKey = "FLAMEFIX_MODEL_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
          String v = env.get(envKey);
          if (v == null) v = settings.apply(key);
          return v == null || v.isBlank() ? null : v.strip();
        };
    String provider = get.apply("provider");
    if (provider != null) {
      try {
        b.provider(Provider.valueOf(provider.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown model provider '" + provider + "'; use openai or ollama");
      }
    }
    if (get.apply("base-url") != null) b.baseUrl(get.apply("base-url"));
    if (get.apply("api-key") != null) b.apiKey(get.apply("api-key"));
    if (get.apply("name") != null) b.modelName(get.apply("name"));
    if (get.apply("temperature") != null) b.temperature(number(get, "temperature"));
    if (get.apply("candidates") != null) b.candidates((int) number(get, "candidates"));
    if (get.apply("timeout-seconds") != null) b.timeout(Duration.ofMillis((long) (number(get, "timeout-seconds") * 1000)));
    if (get.apply("max-retries") != null) b.maxRetries((int) number(get, "max-retries"));
    if (get.apply("backoff-millis") != null) b.initialBackoff(Duration.ofMillis((long) number(get, "backoff-millis")));
    if (get.apply("max-concurrency") != null) b.maxConcurrency((int) number(get, "max-concurrency"));
    if (get.apply("max-tokens") != null) b.maxTokens((int) number(get, "max-tokens"));
    if (get.apply("redact") != null) b.redact(Boolean.parseBoolean(get.apply("redact")));
    return b.build();
  }

  private static double number(java.util.function.Function<String, String> get, String key) {
    String v = get.apply(key);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("flamefix.model." + key + " must be a number, was '" + v + "'");
    }
  }

  @Override
  public String toString() {
    return "ModelOptions[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", model=" + modelName + ", temperature=" + temperature + ", candidates=" + candidates + ", timeout=" + timeout
        + ", maxRetries=" + maxRetries + ", backoff=" + initialBackoff + ", maxConcurrency=" + maxConcurrency
        + ", maxTokens=" + maxTokens + ", redact=" + redact + "]";
  }

  /** Builder with the documented defaults. */
  public static final class Builder {
    private Provider provider = Provider.OPENAI;
    private String baseUrl;
    private String apiKey;
    private String modelName;
    private double temperature = 0.2;
    private int candidates = 1;
    private Duration timeout = Duration.ofSeconds(120);
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private int maxConcurrency = 2;
    private int maxTokens = 4096;
    private boolean redact;

    public Builder provider(Provider v) { provider = v; return this; }
    public Builder baseUrl(String v) { baseUrl = v; return this; }
    public Builder apiKey(String v) { apiKey = v; return this; }
    public Builder modelName(String v) { modelName = v; return this; }
    public Builder temperature(double v) { temperature = v; return this; }
    public Builder candidates(int v) { candidates = v; return this; }
    public Builder timeout(Duration v) { timeout = v; return this; }
    public Builder maxRetries(int v) { maxRetries = v; return this; }
    public Builder initialBackoff(Duration v) { initialBackoff = v; return this; }
    public Builder maxConcurrency(int v) { maxConcurrency = v; return this; }
    public Builder maxTokens(int v) { maxTokens = v; return this; }
    public Builder redact(boolean v) { redact = v; return this; }

    public ModelOptions build() {
      return new ModelOptions(provider, baseUrl, apiKey, modelName, temperature, candidates, timeout, maxRetries,
          initialBackoff, maxConcurrency, maxTokens, redact);
    }
  }
}
