package dev.flamefix.optimizer.context;

import java.util.List;

/**
 * The result of context extraction (FasterPy Algorithm 1 for Java).
 *
 * @param code the cleaned, formatted compilation unit sent to retrieval and the prompt
 * @param keptMembers signatures/names of the members kept, targets first
 * @param originalTokens {@link Tokens#count} of the original file
 * @param cleanedTokens {@link Tokens#count} of {@code code}
 * @param formatted whether google-java-format formatted it (false: JavaParser's printer)
 */
public record CleanedContext(
    String code, List<String> keptMembers, int originalTokens, int cleanedTokens, boolean formatted) {
  public CleanedContext {
    keptMembers = List.copyOf(keptMembers);
  }

  /** cleaned / original tokens. */
  public double ratio() {
    return originalTokens == 0 ? 1.0 : (double) cleanedTokens / originalTokens;
  }
}
