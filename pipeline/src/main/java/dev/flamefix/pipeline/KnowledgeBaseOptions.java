package dev.flamefix.pipeline;

import dev.flamefix.kb.KnowledgeBaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The knowledge-base store options every command that opens the knowledge base shares (a picocli
 * mixin): {@code --milvus-uri}, {@code --milvus-database}, {@code --milvus-collection}. An option
 * outranks its {@code FLAMEFIX_MILVUS_*} variable, which outranks the {@code flamefix.kb.milvus.*}
 * system property. The token has no option (a command line is visible to every user of the
 * machine): {@code FLAMEFIX_MILVUS_TOKEN} or {@code -Dflamefix.kb.milvus.token}.
 */
public final class KnowledgeBaseOptions {

  @Option(names = "--milvus-uri", paramLabel = "URI",
      description = "Keep the knowledge base in Milvus at URI (default: FLAMEFIX_MILVUS_URI; unset: the embedded store).")
  String milvusUri;

  @Option(names = "--milvus-database", paramLabel = "NAME",
      description = "Milvus database (default: FLAMEFIX_MILVUS_DATABASE, else the server's default).")
  String milvusDatabase;

  @Option(names = "--milvus-collection", paramLabel = "NAME",
      description = "Milvus collection (default: FLAMEFIX_MILVUS_COLLECTION, else flamefix_cases).")
  String milvusCollection;

  /** The store these options, this process's environment and system properties choose. */
  public KnowledgeBaseSettings resolve(Path embeddedDirectory) {
    return resolve(System.getProperties(), System.getenv(), embeddedDirectory);
  }

  /** The same from explicit properties and variables. */
  public KnowledgeBaseSettings resolve(Properties properties, Map<String, String> env, Path embeddedDirectory) {
    Map<String, String> effective = new HashMap<>(env);
    put(effective, KnowledgeBaseSettings.ENV_URI, milvusUri);
    put(effective, KnowledgeBaseSettings.ENV_DATABASE, milvusDatabase);
    put(effective, KnowledgeBaseSettings.ENV_COLLECTION, milvusCollection);
    // The directory is the command's own option (--data-dir, --kb-dir), not a property.
    return KnowledgeBaseSettings.resolve(
        key -> key.startsWith("milvus.") ? properties.getProperty("flamefix.kb." + key) : null, effective, embeddedDirectory);
  }

  private static void put(Map<String, String> env, String key, String value) {
    if (value != null && !value.isBlank()) {
      env.put(key, value);
    }
  }
}
