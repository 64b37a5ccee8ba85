package dev.flamefix.server.kb;

import dev.flamefix.kb.Case;

/**
 * One knowledge-base case in a list: everything but the code.
 *
 * @param id case id
 * @param category anti-pattern id
 * @param summary how the fix saves time
 * @param rate measured slow/fast time ratio
 * @param source {@code seed}, {@code import} or {@code learned}
 * @param similarity similarity to the query (higher is closer); absent when browsing
 */
public record KbCaseSummary(
    String id, String category, String summary, double rate, String source, Double similarity) {

  static KbCaseSummary of(Case c, Double similarity) {
    return new KbCaseSummary(c.id(), c.category(), c.summary(), c.rate(), c.source().wireName(), similarity);
  }
}
