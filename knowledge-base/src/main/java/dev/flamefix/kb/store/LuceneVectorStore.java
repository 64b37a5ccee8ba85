package dev.flamefix.kb.store;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.ScoredCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Placeholder while the API is being committed; replaced by the real implementation next. */
public final class LuceneVectorStore implements VectorStore {
  private LuceneVectorStore() {}

  /** Opens (creating if missing) the store in {@code directory}. */
  public static LuceneVectorStore open(Path directory, int dimension, String embedderId) {
    throw new UnsupportedOperationException("LuceneVectorStore is being implemented");
  }

  @Override public int dimension() { throw new UnsupportedOperationException(); }
  @Override public String embedderId() { throw new UnsupportedOperationException(); }
  @Override public void upsertAll(List<Entry> entries) { throw new UnsupportedOperationException(); }
  @Override public List<ScoredCase> search(float[] query, int m, CaseFilter filter) { throw new UnsupportedOperationException(); }
  @Override public Optional<Case> get(String id) { throw new UnsupportedOperationException(); }
  @Override public boolean delete(String id) { throw new UnsupportedOperationException(); }
  @Override public long count() { throw new UnsupportedOperationException(); }
  @Override public void forEach(Consumer<Case> action) { throw new UnsupportedOperationException(); }
  @Override public void close() {}
}
