package dev.flamefix.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBaseException;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.service.database.request.CreateDatabaseReq;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code FLAMEFIX_MILVUS_DATABASE}: the collection lives in the named database, which must exist. */
class MilvusDatabaseTest {

  static final String URI = MilvusServerVectorStoreTest.URI;
  static final String DATABASE = "flamefix_test_db";

  @Test
  void storeLivesInTheConfiguredDatabase() {
    assumeTrue(URI != null && !URI.isBlank(),
        "FLAMEFIX_TEST_MILVUS_URI is not set: run scripts/test.sh, which installs and starts a Milvus server");
    MilvusClientV2 admin = new MilvusClientV2(ConnectConfig.builder().uri(URI).build());
    try {
      if (!admin.listDatabases().getDatabaseNames().contains(DATABASE)) {
        admin.createDatabase(CreateDatabaseReq.builder().databaseName(DATABASE).build());
      }
    } finally {
      admin.close();
    }
    MilvusVectorStore.Config inDb = MilvusVectorStore.Config.of(URI).withDatabase(DATABASE)
        .withCollection("t_" + UUID.randomUUID().toString().replace("-", ""));
    MilvusVectorStore.Config inDefault = inDb.withDatabase(null);
    try {
      try (VectorStore store = MilvusVectorStore.open(inDb, VectorStoreContract.DIM, "t")) {
        store.upsert(VectorStoreContract.sample("in-db", "c", CaseSource.SEED, 2),
            VectorStoreContract.randomUnit(new Random(3), VectorStoreContract.DIM));
      }
      try (VectorStore sameName = MilvusVectorStore.open(inDefault, VectorStoreContract.DIM, "t")) {
        assertThat(sameName.count()).isZero();
      }
      try (VectorStore again = MilvusVectorStore.open(inDb, VectorStoreContract.DIM, "t")) {
        assertThat(again.get("in-db")).isPresent();
      }
    } finally {
      MilvusVectorStore.dropCollection(inDb);
      MilvusVectorStore.dropCollection(inDefault);
    }
    assertThatThrownBy(() -> MilvusVectorStore.open(inDb.withDatabase("no_such_db_" + UUID.randomUUID().toString().replace("-", "")),
        VectorStoreContract.DIM, "t"))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining(URI)
        .hasMessageContaining("no_such_db_");
  }
}
