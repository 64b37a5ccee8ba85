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
    String originalSource, String patchedSource) {}
