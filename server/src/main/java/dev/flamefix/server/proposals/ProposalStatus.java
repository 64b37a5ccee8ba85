package dev.flamefix.server.proposals;

/** A proposal's review state: created {@code PROPOSED}, then decided once. */
public enum ProposalStatus { PROPOSED, ACCEPTED, REJECTED }
