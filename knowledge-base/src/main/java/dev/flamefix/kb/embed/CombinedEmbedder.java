package dev.flamefix.kb.embed;

/** Placeholder while the API is being committed; replaced by the real implementation next. */
public final class CombinedEmbedder implements CodeEmbedder {
  private CombinedEmbedder() {}

  /** The default text + structure embedder. */
  public static CombinedEmbedder createDefault() {
    throw new UnsupportedOperationException("CombinedEmbedder is being implemented");
  }

  @Override
  public int dimension() {
    throw new UnsupportedOperationException();
  }

  @Override
  public String id() {
    throw new UnsupportedOperationException();
  }

  @Override
  public float[] embed(String code) {
    throw new UnsupportedOperationException();
  }
}
