package dev.flamefix.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flamefix.kb.store.MilvusVectorStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The knowledge-base contract on Milvus: the server {@code scripts/test.sh} starts and names in
 * {@code FLAMEFIX_TEST_MILVUS_URI}, selected by {@code --milvus-uri} (CLI), {@code
 * flamefix.kb.milvus.uri} (server) and the same system property (pipeline), in a throw-away
 * collection.
 */
class MilvusKnowledgeBaseStoreTest extends KnowledgeBaseStoreContract {

  static final String URI = System.getenv("FLAMEFIX_TEST_MILVUS_URI");

  private final String collection = "t_contract_" + UUID.randomUUID().toString().replace("-", "");

  @BeforeEach
  void requireServer() {
    assumeTrue(URI != null && !URI.isBlank(),
        "FLAMEFIX_TEST_MILVUS_URI is not set: run scripts/test.sh, which installs and starts a Milvus server");
  }

  @AfterEach
  void dropCollection() {
    if (URI != null && !URI.isBlank()) {
      MilvusVectorStore.dropCollection(MilvusVectorStore.Config.of(URI).withCollection(collection));
    }
  }

  @Override
  protected String storeName() {
    return "milvus";
  }

  @Override
  protected List<String> cliOptions() {
    return List.of("--milvus-uri", URI, "--milvus-collection", collection);
  }

  @Override
  protected Map<String, Object> serverProperties() {
    return Map.of("flamefix.kb.milvus.uri", URI, "flamefix.kb.milvus.collection", collection);
  }

  @Override
  protected Properties pipelineProperties() {
    Properties p = new Properties();
    p.setProperty("flamefix.kb.milvus.uri", URI);
    p.setProperty("flamefix.kb.milvus.collection", collection);
    return p;
  }

  @Override
  protected String expectedDescription(Path dataDir) {
    return "Milvus at " + URI + " (database default, collection " + collection + ")";
  }
}
