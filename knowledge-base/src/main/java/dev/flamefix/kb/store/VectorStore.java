package dev.flamefix.kb.store;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.KnowledgeBaseException;
import dev.flamefix.kb.ScoredCase;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Persistent store of cases and their vectors with inner-product nearest-neighbour search.
 *
 * <p>Every vector has exactly {@link #dimension()} components and is expected to be L2-normalised
 * (so inner product equals cosine similarity). A vector of another length is refused with a
 * {@link KnowledgeBaseException} before anything is written. A write that returns has been made
 * durable; a failed write leaves what was stored before untouched.
 *
 * <p>Implementations: {@code LuceneVectorStore} (embedded default, no server) and {@code
 * MilvusVectorStore} (Milvus through the Java SDK v2).
 */
public interface VectorStore extends AutoCloseable {

  /** Number of components of every vector in this store. */
  int dimension();

  /**
   * Identifier of the embedder whose vectors this store holds (recorded when the store was
   * created), or empty when unknown. Lets the knowledge base notice a store built with another
   * embedding.
   */
  String embedderId();

  /** Inserts or replaces the case with {@code c.id()}. */
  default void upsert(Case c, float[] vector) {
    upsertAll(List.of(new Entry(c, vector)));
  }

  /** Inserts or replaces several cases in one durable write (all or nothing where supported). */
  void upsertAll(List<Entry> entries);

  /**
   * The {@code m} cases most similar to {@code query} that pass {@code filter}, most similar
   * first. May be approximate (HNSW) for large stores.
   */
  List<ScoredCase> search(float[] query, int m, CaseFilter filter);

  /** {@link #search(float[], int, CaseFilter)} without a filter. */
  default List<ScoredCase> search(float[] query, int m) {
    return search(query, m, CaseFilter.ANY);
  }

  /** The stored case with this id. */
  Optional<Case> get(String id);

  /** Deletes the case with this id; returns whether it existed. */
  boolean delete(String id);

  /** Number of stored cases. */
  long count();

  /** Calls {@code action} for every stored case, in no particular order (export, re-embedding). */
  void forEach(Consumer<Case> action);

  /**
   * Calls {@code action} for every stored case with its stored (normalised) vector, in no
   * particular order: copying a store into another without embedding again.
   */
  void forEachEntry(Consumer<Entry> action);

  /** Releases files or connections; the data stays. */
  @Override
  void close();

  /**
   * A case with its vector, as written to a store.
   *
   * @param value the case (its id must be non-empty)
   * @param vector the L2-normalised embedding of {@code value.slowCode()}
   */
  record Entry(Case value, float[] vector) {}

  /**
   * Refuses a vector whose length is not {@code dimension}; shared by the implementations so the
   * message is the same everywhere.
   */
  static void checkDimension(float[] vector, int dimension, String where) {
    if (vector == null) {
      throw new KnowledgeBaseException(where + ": vector is missing");
    }
    if (vector.length != dimension) {
      throw new KnowledgeBaseException(
          where + ": vector has " + vector.length + " dimensions but the store holds " + dimension
              + "-dimensional vectors (was the store built with another embedder?)");
    }
  }
}
