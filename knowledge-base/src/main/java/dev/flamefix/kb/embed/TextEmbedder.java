package dev.flamefix.kb.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Semantic text embedding of cleaned code with LangChain4j's in-process all-MiniLM-L6-v2 ONNX model
 * (384 dimensions). The model ships inside its Maven jar, so nothing is downloaded at run time.
 */
public final class TextEmbedder implements CodeEmbedder {

  /** Dimension of all-MiniLM-L6-v2. */
  public static final int DIMENSION = 384;

  private static volatile EmbeddingModel sharedModel;

  private final EmbeddingModel model;

  private TextEmbedder(EmbeddingModel model) {
    this.model = model;
  }

  /** The text embedder over the process-wide model instance (loading it costs ~1 s once). */
  public static TextEmbedder create() {
    return new TextEmbedder(model());
  }

  private static EmbeddingModel model() {
    EmbeddingModel m = sharedModel;
    if (m == null) {
      synchronized (TextEmbedder.class) {
        m = sharedModel;
        if (m == null) {
          m = new AllMiniLmL6V2EmbeddingModel();
          sharedModel = m;
        }
      }
    }
    return m;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public String id() {
    return "text:all-minilm-l6-v2:v1";
  }

  @Override
  public float[] embed(String code) {
    return embedCleaned(CodeCleaner.clean(code));
  }

  /** Embeds text that has already been through {@link CodeCleaner}. */
  float[] embedCleaned(String cleaned) {
    String text = cleaned.isBlank() ? "empty" : cleaned;
    float[] v = model.embed(text).content().vector();
    return Vectors.normalize(v.clone());
  }
}
