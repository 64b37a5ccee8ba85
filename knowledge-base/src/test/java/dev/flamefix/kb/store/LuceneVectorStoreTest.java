package dev.flamefix.kb.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract suite against the embedded Lucene store. */
class LuceneVectorStoreTest extends VectorStoreContract {

  @TempDir Path dir;

  @Override
  protected VectorStore openFresh(int dim) {
    return LuceneVectorStore.open(dir.resolve("kb"), dim, "test-embedder");
  }

  @Override
  protected VectorStore reopen(int dim) {
    return LuceneVectorStore.open(dir.resolve("kb"), dim, "test-embedder");
  }
}
