package dev.flamefix.kb.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract suite against the real Milvus server that {@code scripts/test.sh} starts (via
 * {@code scripts/services/milvus.sh}) and names in {@code FLAMEFIX_TEST_MILVUS_URI}.
 */
class MilvusServerVectorStoreTest extends VectorStoreContract {

  static final String URI = System.getenv("FLAMEFIX_TEST_MILVUS_URI");

  private final String collection = "t_" + UUID.randomUUID().toString().replace("-", "");

  @BeforeAll
  static void requireServer() {
    assumeTrue(URI != null && !URI.isBlank(),
        "FLAMEFIX_TEST_MILVUS_URI is not set: run scripts/test.sh, which installs and starts a Milvus server");
  }

  private MilvusVectorStore.Config config() {
    return MilvusVectorStore.Config.of(URI).withCollection(collection);
  }

  @Override
  protected VectorStore openFresh(int dim) {
    return MilvusVectorStore.open(config(), dim, "test-embedder");
  }

  @Override
  protected VectorStore reopen(int dim) {
    return MilvusVectorStore.open(config(), dim, "test-embedder");
  }

  @AfterEach
  void dropCollection() {
    MilvusVectorStore.dropCollection(config());
  }
}
