package dev.flamefix.kb.embed;

/**
 * The default embedding: the text vector of the cleaned code and the {@link StructuralFeatures}
 * vector, each L2-normalised, concatenated with weights and normalised again. The inner product of
 * two combined vectors is therefore {@code (wt² · textCos + ws² · structCos) / (wt² + ws²)} when
 * both parts are non-zero: the structural part pulls together code that shares an anti-pattern
 * even when its purpose differs.
 */
public final class CombinedEmbedder implements CodeEmbedder {

  /** Default weight of the text part. */
  public static final double DEFAULT_TEXT_WEIGHT = 1.0;

  /** Default weight of the structural part (chosen on the held-out recall measurement). */
  public static final double DEFAULT_STRUCTURE_WEIGHT = 1.0;

  private final TextEmbedder text;
  private final float textWeight;
  private final float structureWeight;

  private CombinedEmbedder(TextEmbedder text, double textWeight, double structureWeight) {
    if (!(textWeight >= 0) || !(structureWeight >= 0) || textWeight + structureWeight == 0) {
      throw new IllegalArgumentException("weights must be non-negative and not both zero");
    }
    this.text = text;
    this.textWeight = (float) textWeight;
    this.structureWeight = (float) structureWeight;
  }

  /** Text + structure with the default weights. */
  public static CombinedEmbedder createDefault() {
    return withWeights(DEFAULT_TEXT_WEIGHT, DEFAULT_STRUCTURE_WEIGHT);
  }

  /** Text + structure with the given weights (for tuning and measurement). */
  public static CombinedEmbedder withWeights(double textWeight, double structureWeight) {
    return new CombinedEmbedder(TextEmbedder.create(), textWeight, structureWeight);
  }

  @Override
  public int dimension() {
    return TextEmbedder.DIMENSION + StructuralFeatures.DIMENSION;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The structure version changes whenever {@link StructuralFeatures} computes something
   * different, so a store of older vectors is refused rather than silently mixed.
   */
  @Override
  public String id() {
    return "combined:" + text.id() + "+structure:v2:" + textWeight + ":" + structureWeight;
  }

  @Override
  public float[] embed(String code) {
    return combine(text.embed(code), StructuralFeatures.vector(code), textWeight, structureWeight);
  }

  /**
   * The combined vector from a unit text vector and a raw structural vector: both parts
   * L2-normalised, weighted, concatenated and normalised again. Exposed so that evaluations can
   * try several weights without re-running the model.
   */
  public static float[] combine(float[] textVector, float[] structureVector, double textWeight, double structureWeight) {
    float[] t = Vectors.normalize(textVector.clone());
    float[] s = Vectors.normalize(structureVector.clone());
    float[] out = new float[t.length + s.length];
    for (int i = 0; i < t.length; i++) {
      out[i] = (float) (t[i] * textWeight);
    }
    for (int i = 0; i < s.length; i++) {
      out[t.length + i] = (float) (s[i] * structureWeight);
    }
    return Vectors.normalize(out);
  }
}
