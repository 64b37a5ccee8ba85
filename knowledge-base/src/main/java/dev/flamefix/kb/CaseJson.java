package dev.flamefix.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One case per JSON line: flamefix's own format and PIE-style lines. Public so stores and tools
 * share one encoding.
 */
public final class CaseJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CaseJson() {}

  /** Encodes a case as one line of JSON (no newline). */
  public static String write(Case c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", c.id());
    n.put("category", c.category());
    n.put("summary", c.summary());
    n.put("slowCode", c.slowCode());
    n.put("fastCode", c.fastCode());
    n.put("rate", c.rate());
    n.put("rateError", c.rateError());
    n.put("source", c.source().wireName());
    n.put("language", c.language());
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Decodes a flamefix case line. {@code slowCode} and a positive {@code rate} are required;
   * {@code source} defaults to {@code import}.
   *
   * @throws IllegalArgumentException saying which field is missing or wrong
   */
  public static Case readCase(String line) {
    JsonNode n = parse(line);
    return new Case(
        text(n, "id", ""),
        text(n, "category", Case.UNCATEGORIZED),
        required(n, "slowCode"),
        text(n, "fastCode", ""),
        text(n, "summary", ""),
        rate(n, "rate"),
        n.path("rateError").asDouble(0),
        n.hasNonNull("source") ? CaseSource.fromWire(n.get("source").asText()) : CaseSource.IMPORT,
        text(n, "language", Case.DEFAULT_LANGUAGE));
  }

  /**
   * Decodes a PIE-style line: {@code input} (slow code), {@code target} (fast code), {@code
   * summary}, {@code rate}; optional {@code id}, {@code category}, {@code language}.
   */
  public static Case readPie(String line) {
    JsonNode n = parse(line);
    return new Case(
        text(n, "id", ""),
        text(n, "category", Case.UNCATEGORIZED),
        required(n, "input"),
        text(n, "target", ""),
        text(n, "summary", ""),
        rate(n, "rate"),
        n.path("rateError").asDouble(0),
        CaseSource.IMPORT,
        text(n, "language", Case.DEFAULT_LANGUAGE));
  }

  private static JsonNode parse(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return n;
  }

  private static String text(JsonNode n, String field, String fallback) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? fallback : v.asText();
  }

  private static String required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("missing or empty '" + field + "'");
    }
    return v.asText();
  }

  private static double rate(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    double d;
    if (v.isNumber()) {
      d = v.asDouble();
    } else {
      try {
        d = Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + field + "' is not a number: " + v);
      }
    }
    if (!(d > 0) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("'" + field + "' must be a positive number, was " + v);
    }
    return d;
  }
}
