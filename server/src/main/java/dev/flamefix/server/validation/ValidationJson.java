package dev.flamefix.server.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.StageEvent;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The queue's documents: validator requests, verdicts and stage events as JSON. Its own mapper,
 * lenient on read, because a verdict's JSON also carries derived values ({@code accepted},
 * {@code proven}) that are no constructor parameters.
 */
final class ValidationJson {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ValidationJson() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not serializable: " + value.getClass().getSimpleName(), e);
    }
  }

  static ValidationRequest request(String json) {
    return read(json, ValidationRequest.class);
  }

  static Verdict verdict(String json) {
    return read(json, Verdict.class);
  }

  static StageEvent event(String json) {
    return read(json, StageEvent.class);
  }

  /** The task id of a request of a job: the same request of the same job is the same task. */
  static String taskId(String jobId, String requestJson) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(requestJson.getBytes(StandardCharsets.UTF_8));
      return jobId + ":" + HexFormat.of().formatHex(d, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable " + type.getSimpleName() + " in the validation queue", e);
    }
  }
}
