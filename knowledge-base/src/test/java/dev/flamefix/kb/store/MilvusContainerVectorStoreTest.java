package dev.flamefix.kb.store;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.milvus.MilvusContainer;

/** The contract suite against Testcontainers' Milvus module; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class MilvusContainerVectorStoreTest extends VectorStoreContract {

  @Container
  static final MilvusContainer MILVUS = new MilvusContainer("milvusdb/milvus:v2.5.10");

  private final String collection = "t_" + UUID.randomUUID().toString().replace("-", "");

  private MilvusVectorStore.Config config() {
    return MilvusVectorStore.Config.of(MILVUS.getEndpoint()).withCollection(collection);
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
