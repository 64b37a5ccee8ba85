package dev.flamefix.kb.embed;

/**
 * Turns a piece of Java code into an L2-normalised vector, so that inner product measures how
 * alike two pieces of code are. Implementations never throw on unparsable or odd input: they fall
 * back to what can still be computed.
 */
public interface CodeEmbedder {

  /** Length of every vector this embedder returns. */
  int dimension();

  /**
   * Stable identifier of the embedding (model and feature set, with a version); stores remember it
   * so vectors of different embedders are never mixed.
   */
  String id();

  /** The L2-normalised embedding of {@code code}. */
  float[] embed(String code);
}
