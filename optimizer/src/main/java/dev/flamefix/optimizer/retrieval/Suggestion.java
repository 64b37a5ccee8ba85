package dev.flamefix.optimizer.retrieval;

/**
 * One retrieved optimisation hint: never the case's slow code, only what the prompt may show.
 *
 * @param caseId knowledge-base case id (for audit)
 * @param category anti-pattern id, e.g. {@code string-concat-in-loop}
 * @param summary how the fix saves time, in words
 * @param similarity similarity of the case's slow code to the cleaned context (higher is closer)
 * @param rate measured slow/fast time ratio of the case's fix
 */
public record Suggestion(String caseId, String category, String summary, double similarity, double rate) {}
