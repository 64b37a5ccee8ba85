package dev.flamefix.agent.recorder;

import dev.flamefix.recording.MethodKey;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * One recording request as the server hands it out on {@code GET .../recordings/next}: a
 * {@link Properties} text with {@code id}, {@code method}, {@code maxCalls}, {@code sampleEvery},
 * {@code durationSeconds}, {@code maxBytesPerCall} and {@code redact.0}, {@code redact.1}, ...
 * Missing limits take the contract's defaults; limits past the agent's caps are lowered to them.
 */
public final class RecordingRequest {

  /** Most calls one request may record (the envelope's own cap). */
  public static final int MAX_CALLS = RecordingBatch.MAX_CALLS;
  /** Longest time box in seconds. */
  public static final int MAX_DURATION_SECONDS = 600;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final int MAX_RULES = 64;

  private final String id;
  private final String method;
  private final int maxCalls;
  private final int sampleEvery;
  private final int durationSeconds;
  private final int maxBytesPerCall;
  private final List<String> redact;

  /** A request with explicit values (tests, benchmarks); no caps are applied here. */
  public RecordingRequest(String id, String method, int maxCalls, int sampleEvery,
      int durationSeconds, int maxBytesPerCall, List<String> redact) {
    this.id = id;
    this.method = method;
    this.maxCalls = maxCalls;
    this.sampleEvery = sampleEvery;
    this.durationSeconds = durationSeconds;
    this.maxBytesPerCall = maxBytesPerCall;
    this.redact = Collections.unmodifiableList(new ArrayList<String>(redact));
  }

  /** A request refused before recording: {@link #id()} is null when even the id was unusable. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String method;

    Invalid(String id, String message) {
      this(id, null, message);
    }

    Invalid(String id, String method, String message) {
      super(message);
      this.id = id;
      this.method = method;
    }

    /** The request id, when it was readable, so the failure can be reported to the server. */
    public String id() {
      return id;
    }

    /** The {@code FAILED} envelope telling the server why; null when the id was unusable. */
    public RecordingBatch failure(String app, long nowMillis) {
      if (id == null) {
        return null;
      }
      return new RecordingRequest(id, method == null ? "unknown#unknown" : method, 1, 1, 1, 64,
          Collections.<String>emptyList()).failure(app, getMessage(), nowMillis, nowMillis);
    }
  }

  /** Parses the response body of a poll. */
  public static RecordingRequest parse(byte[] body) throws Invalid {
    Properties p = new Properties();
    try {
      p.load(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new Invalid(null, "unreadable recording request (" + e.getClass().getSimpleName()
          + ")");
    }
    String id = trimmed(p, "id");
    if (id == null || !ID.matcher(id).matches()) {
      throw new Invalid(null, "recording request without a usable id");
    }
    String method = trimmed(p, "method");
    if (method == null || method.indexOf('#') <= 0 || method.length() > 2000) {
      throw new Invalid(id, "recording request without a method (com.acme.Foo#bar(int))");
    }
    int maxCalls = number(p, id, method, "maxCalls", 200, 1, MAX_CALLS);
    int sampleEvery = number(p, id, method, "sampleEvery", 1, 1, Integer.MAX_VALUE);
    int duration = number(p, id, method, "durationSeconds", 60, 1, MAX_DURATION_SECONDS);
    int maxBytes = number(p, id, method, "maxBytesPerCall", 65536, 64,
        RecordingBatch.MAX_PAYLOAD_BYTES);
    List<String> redact = new ArrayList<String>();
    for (int i = 0; i < MAX_RULES && p.getProperty("redact." + i) != null; i++) {
      redact.add(p.getProperty("redact." + i));
    }
    return new RecordingRequest(id, method, maxCalls, sampleEvery, duration, maxBytes, redact);
  }

  /**
   * A {@code FAILED} envelope for this request, which recorded nothing. Its method is the request's
   * as given, with {@code (...)} appended when it has no parameter list: the envelope needs a key's
   * shape, and the parameters were never resolved.
   */
  public RecordingBatch failure(String app, String message, long startedMillis, long endedMillis) {
    return new RecordingBatch(id, app, keyShaped(method), RecordingBatch.Status.FAILED, message,
        startedMillis, endedMillis, 0, Collections.<String, Long>emptyMap(),
        Collections.<RecordedCall>emptyList());
  }

  static String keyShaped(String spec) {
    try {
      MethodKey.className(spec);
      return spec;
    } catch (IllegalArgumentException e) {
      int paren = spec.indexOf('(');
      return (paren < 0 ? spec : spec.substring(0, paren)) + "(...)";
    }
  }

  private static String trimmed(Properties p, String key) {
    String value = p.getProperty(key);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  /** A positive number, or the default when absent; above {@code max} it is lowered to it. */
  private static int number(Properties p, String id, String method, String key,
      int defaultValue, int min, int max) throws Invalid {
    String value = trimmed(p, key);
    if (value == null) {
      return defaultValue;
    }
    long parsed;
    try {
      parsed = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new Invalid(id, method, key + " is not a number");
    }
    if (parsed < min) {
      throw new Invalid(id, method, key + " must be at least " + min);
    }
    return (int) Math.min(parsed, max);
  }

  public String id() {
    return id;
  }

  /** The method as requested: a {@code MethodKey}, or {@code Class#name} without parameters. */
  public String method() {
    return method;
  }

  public int maxCalls() {
    return maxCalls;
  }

  public int sampleEvery() {
    return sampleEvery;
  }

  public int durationSeconds() {
    return durationSeconds;
  }

  public int maxBytesPerCall() {
    return maxBytesPerCall;
  }

  /** The server's redaction rules (the agent's own {@code redact} option is added on top). */
  public List<String> redact() {
    return redact;
  }
}
