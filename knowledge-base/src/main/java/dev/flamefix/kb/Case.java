package dev.flamefix.kb;

import java.util.Objects;
import java.util.UUID;

/**
 * One optimization case: slow code, the fix that made it fast, and how much faster it was.
 *
 * <p>The embedding vector is not part of the record: it is derived from {@link #slowCode()} by the
 * knowledge base's {@link dev.flamefix.kb.embed.CodeEmbedder} and kept only in the store.
 *
 * @param id unique id; {@link #withGeneratedId} fills one in when empty
 * @param category anti-pattern id such as {@code string-concat-in-loop}
 * @param slowCode the slow Java code (what retrieval matches against)
 * @param fastCode the faster equivalent; kept for audit and recipes, never put into prompts
 * @param summary one or two points on how the fix saves time
 * @param rate slow time divided by fast time, as measured by JMH (must be positive)
 * @param rateError the JMH error of {@code rate}, or {@code 0} when unknown
 * @param source where the case came from
 * @param language source language, {@code java} for everything flamefix produces
 */
public record Case(
    String id,
    String category,
    String slowCode,
    String fastCode,
    String summary,
    double rate,
    double rateError,
    CaseSource source,
    String language) {

  /** Language used when a case does not name one. */
  public static final String DEFAULT_LANGUAGE = "java";

  /** Category used for imported cases that carry none. */
  public static final String UNCATEGORIZED = "uncategorized";

  /** Validates the fields so that a bad case is refused before it reaches a store. */
  public Case {
    id = id == null ? "" : id.trim();
    category = category == null || category.isBlank() ? UNCATEGORIZED : category.trim();
    if (slowCode == null || slowCode.isBlank()) {
      throw new IllegalArgumentException("case '" + id + "': slowCode is empty");
    }
    fastCode = fastCode == null ? "" : fastCode;
    summary = summary == null ? "" : summary.trim();
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("case '" + id + "': rate must be a positive number, was " + rate);
    }
    if (!(rateError >= 0) || Double.isInfinite(rateError)) {
      rateError = 0;
    }
    Objects.requireNonNull(source, "source");
    language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.trim();
  }

  /** A case with a fresh random id if this one has none, otherwise this case. */
  public Case withGeneratedId() {
    return id.isEmpty() ? withId(source.wireName() + "-" + UUID.randomUUID()) : this;
  }

  /** The same case under another id. */
  public Case withId(String newId) {
    return new Case(newId, category, slowCode, fastCode, summary, rate, rateError, source, language);
  }
}
