package dev.flamefix.server.kb;

import dev.flamefix.kb.Case;

/**
 * One knowledge-base case with its code.
 *
 * @param id case id
 * @param category anti-pattern id
 * @param summary how the fix saves time
 * @param rate measured slow/fast time ratio
 * @param rateError JMH error of {@code rate}, 0 when unknown
 * @param source {@code seed}, {@code import} or {@code learned}
 * @param language source language
 * @param slowCode the slow code
 * @param fastCode its faster equivalent
 */
public record KbCaseDetail(
    String id,
    String category,
    String summary,
    double rate,
    double rateError,
    String source,
    String language,
    String slowCode,
    String fastCode) {

  static KbCaseDetail of(Case c) {
    return new KbCaseDetail(c.id(), c.category(), c.summary(), c.rate(), c.rateError(),
        c.source().wireName(), c.language(), c.slowCode(), c.fastCode());
  }
}
