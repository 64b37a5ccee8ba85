package dev.flamefix.server.kb;

import dev.flamefix.kb.KnowledgeBaseSettings;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code flamefix.kb.*}: the server's knowledge base.
 *
 * @param directory where the embedded store lives (default {@code <flamefix.data-dir>/kb})
 * @param maxImportSize largest accepted {@code POST /api/kb/import} body (default 16MB)
 * @param milvus the Milvus collection to use instead of the embedded store (unset: embedded)
 */
@ConfigurationProperties("flamefix.kb")
public record KbProperties(Path directory, DataSize maxImportSize, Milvus milvus) {

  public KbProperties {
    maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(16) : maxImportSize;
    milvus = milvus == null ? new Milvus(null, null, null, null) : milvus;
  }

  /**
   * {@code flamefix.kb.milvus.*}; the {@code FLAMEFIX_MILVUS_*} variables win over these.
   *
   * @param uri e.g. {@code http://milvus:19530}; setting it selects Milvus
   * @param token credentials; from a secret, never logged
   * @param database Milvus database (default: the server's default)
   * @param collection collection (default {@code flamefix_cases})
   */
  public record Milvus(String uri, String token, String database, String collection) {

    /** Never prints the token. */
    @Override
    public String toString() {
      return "Milvus[uri=" + uri + ", database=" + database + ", collection=" + collection + "]";
    }
  }

  /** The store's directory: {@link #directory()} when set, else {@code kb} under the data dir. */
  public Path directoryUnder(Path dataDir) {
    return directory != null ? directory : dataDir.resolve("kb");
  }

  /** Which store the server uses, decided like every CLI command decides it. */
  public KnowledgeBaseSettings settings(Path dataDir, Map<String, String> env) {
    return KnowledgeBaseSettings.resolve(key -> switch (key) {
      case "milvus.uri" -> milvus.uri();
      case "milvus.token" -> milvus.token();
      case "milvus.database" -> milvus.database();
      case "milvus.collection" -> milvus.collection();
      default -> null;
    }, env, directoryUnder(dataDir));
  }
}
