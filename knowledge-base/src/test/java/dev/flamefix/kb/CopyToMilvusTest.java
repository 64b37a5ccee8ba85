package dev.flamefix.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flamefix.kb.store.MilvusVectorStore;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KnowledgeBase#copyTo}: an embedded knowledge base copied into the real Milvus server that
 * {@code scripts/test.sh} starts is the same knowledge base (same cases, same search answers).
 */
class CopyToMilvusTest {

  static final String URI = System.getenv("FLAMEFIX_TEST_MILVUS_URI");

  @TempDir Path dir;
  private final MilvusVectorStore.Config milvus =
      URI == null ? null : MilvusVectorStore.Config.of(URI).withCollection("t_copy_" + UUID.randomUUID().toString().replace("-", ""));

  @AfterEach
  void drop() {
    if (milvus != null) {
      MilvusVectorStore.dropCollection(milvus);
    }
  }

  @Test
  void copiedStoreHoldsTheSameCasesAndAnswersTheSame() throws Exception {
    assumeTrue(URI != null && !URI.isBlank(),
        "FLAMEFIX_TEST_MILVUS_URI is not set: run scripts/test.sh, which installs and starts a Milvus server");
    try (KnowledgeBase embedded = KnowledgeBase.builder().luceneStore(dir).embedder(KnowledgeBaseTest.EMBEDDER)
        .seedResource(KnowledgeBaseTest.FIXTURE).build()) {
      long n = embedded.count();
      assertThat(n).isPositive();
      try (KnowledgeBase target = KnowledgeBase.builder().milvusStore(milvus).embedder(KnowledgeBaseTest.EMBEDDER)
          .loadSeed(false).build()) {
        assertThat(embedded.copyTo(target.store())).isEqualTo(n);
        assertThat(target.count()).isEqualTo(n);
        assertThat(export(target)).isEqualTo(export(embedded));
        String query = "String s = \"\"; for (String p : parts) { s += p; } return s;";
        List<ScoredCase> a = embedded.search(query, 3);
        List<ScoredCase> b = target.search(query, 3);
        assertThat(b).extracting(h -> h.match().id()).isEqualTo(a.stream().map(h -> h.match().id()).toList());
        // Copying again replaces by id: nothing doubles.
        embedded.copyTo(target.store());
        assertThat(target.count()).isEqualTo(n);
      }
    }
  }

  private static String export(KnowledgeBase kb) throws Exception {
    StringWriter w = new StringWriter();
    kb.exportJsonl(w);
    return w.toString();
  }
}
