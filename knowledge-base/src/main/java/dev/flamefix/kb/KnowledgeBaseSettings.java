package dev.flamefix.kb;

import dev.flamefix.kb.store.MilvusVectorStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which store the knowledge base lives in: the Milvus collection {@link #milvus()} when a Milvus URI
 * is configured, otherwise the embedded Lucene store in {@link #directory()}. The server, every CLI
 * command and the evaluation decide through {@link #resolve}, so they cannot disagree; there is no
 * fallback from a configured Milvus to the embedded store.
 *
 * @param directory the embedded store's directory (used when {@code milvus} is null)
 * @param milvus the Milvus collection, or null for the embedded store
 */
public record KnowledgeBaseSettings(Path directory, MilvusVectorStore.Config milvus) {

  /** Milvus endpoint, e.g. {@code http://milvus:19530}; setting it selects Milvus. */
  public static final String ENV_URI = "FLAMEFIX_MILVUS_URI";
  /** Milvus credentials ({@code user:password} or an API key). */
  public static final String ENV_TOKEN = "FLAMEFIX_MILVUS_TOKEN";
  /** Milvus database (default: the server's {@code default}). */
  public static final String ENV_DATABASE = "FLAMEFIX_MILVUS_DATABASE";
  /** Milvus collection (default {@value MilvusVectorStore.Config#DEFAULT_COLLECTION}). */
  public static final String ENV_COLLECTION = "FLAMEFIX_MILVUS_COLLECTION";
  /** Every variable {@link #resolve} reads. */
  public static final List<String> VARIABLES = List.of(ENV_URI, ENV_TOKEN, ENV_DATABASE, ENV_COLLECTION);

  public KnowledgeBaseSettings {
    Objects.requireNonNull(directory, "directory");
  }

  /** The embedded store in {@code directory}. */
  public static KnowledgeBaseSettings embedded(Path directory) {
    return new KnowledgeBaseSettings(directory, null);
  }

  /**
   * The store configured by settings and environment variables, variables winning (as for the
   * model settings).
   *
   * @param settings values by key below {@code flamefix.kb.}: {@code directory}, {@code
   *     milvus.uri}, {@code milvus.token}, {@code milvus.database}, {@code milvus.collection}
   * @param env {@link #ENV_URI}, {@link #ENV_TOKEN}, {@link #ENV_DATABASE}, {@link #ENV_COLLECTION}
   * @param defaultDirectory the embedded store's directory when {@code directory} is not set
   */
  public static KnowledgeBaseSettings resolve(
      Function<String, String> settings, Map<String, String> env, Path defaultDirectory) {
    String dir = settings.apply("directory");
    Path directory = dir == null || dir.isBlank() ? defaultDirectory : Path.of(dir);
    String uri = pick(env.get(ENV_URI), settings.apply("milvus.uri"));
    if (uri == null) {
      return embedded(directory);
    }
    MilvusVectorStore.Config milvus = MilvusVectorStore.Config.of(uri)
        .withToken(pick(env.get(ENV_TOKEN), settings.apply("milvus.token")))
        .withDatabase(pick(env.get(ENV_DATABASE), settings.apply("milvus.database")));
    String collection = pick(env.get(ENV_COLLECTION), settings.apply("milvus.collection"));
    return new KnowledgeBaseSettings(directory, collection == null ? milvus : milvus.withCollection(collection));
  }

  private static String pick(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first.trim();
    }
    return second == null || second.isBlank() ? null : second.trim();
  }

  /** Whether the knowledge base lives in Milvus. */
  public boolean usesMilvus() {
    return milvus != null;
  }

  /** The same settings with Milvus at {@code config} (null: the embedded store). */
  public KnowledgeBaseSettings withMilvus(MilvusVectorStore.Config config) {
    return new KnowledgeBaseSettings(directory, config);
  }

  /** The same settings with the embedded store in {@code dir}. */
  public KnowledgeBaseSettings withDirectory(Path dir) {
    return new KnowledgeBaseSettings(dir, milvus);
  }

  /** The chosen store for logs and messages, without credentials. */
  public String describe() {
    return usesMilvus() ? milvus.describe() : "embedded Lucene store at " + directory.toAbsolutePath();
  }

  /** {@link #describe()}, so the token never reaches a log through this record. */
  @Override
  public String toString() {
    return describe();
  }

  /**
   * Opens the chosen store with the default embedder, seeded on first open.
   *
   * @throws KnowledgeBaseException when the store cannot be opened (Milvus unreachable, embedded
   *     store in use or corrupted), naming where
   */
  public KnowledgeBase open() {
    return KnowledgeBase.builder().settings(this).build();
  }
}
