package dev.flamefix.server.proposals;

/**
 * A proposal as stored: the API view plus what learning needs on acceptance.
 *
 * @param proposal the view
 * @param className class under change
 * @param methodName method under change
 * @param category knowledge-base category of the rewrite
 * @param originalSource original file
 * @param patchedSource patched file
 */
public record StoredProposal(Proposal proposal, String className, String methodName, String category,
    String originalSource, String patchedSource) {

  /** The same stored proposal with {@code next} as its public view (e.g. after a decision). */
  public StoredProposal with(Proposal next) {
    return new StoredProposal(next, className, methodName, category, originalSource, patchedSource);
  }
}
