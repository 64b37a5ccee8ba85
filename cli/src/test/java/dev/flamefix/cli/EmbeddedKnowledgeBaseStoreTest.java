package dev.flamefix.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The knowledge-base contract on the embedded Lucene store (nothing configured). */
class EmbeddedKnowledgeBaseStoreTest extends KnowledgeBaseStoreContract {

  @Override
  protected String storeName() {
    return "lucene";
  }

  @Override
  protected List<String> cliOptions() {
    return List.of();
  }

  @Override
  protected Map<String, Object> serverProperties() {
    return Map.of();
  }

  @Override
  protected Properties pipelineProperties() {
    return new Properties();
  }

  @Override
  protected String expectedDescription(Path dataDir) {
    return "embedded Lucene store at " + dataDir.resolve("kb").toAbsolutePath();
  }
}
