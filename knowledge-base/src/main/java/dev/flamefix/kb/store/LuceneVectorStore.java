package dev.flamefix.kb.store;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseJson;
import dev.flamefix.kb.KnowledgeBaseException;
import dev.flamefix.kb.ScoredCase;
import dev.flamefix.kb.embed.Vectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The embedded, persistent default store: a Lucene index in one directory, vectors in an HNSW
 * graph ({@link KnnFloatVectorField} with {@link VectorSimilarityFunction#DOT_PRODUCT}), the case
 * itself as stored JSON.
 *
 * <p>Crash safety comes from Lucene's commit protocol: every write ends in a commit, a commit point
 * becomes visible atomically, and opening uses the last complete one. A process killed mid-write
 * loses at most the write in flight; the store still opens. The dimension and embedder id live in
 * the commit's user data, so they are never out of step with the vectors.
 *
 * <p>Vectors are L2-normalised on the way in (DOT_PRODUCT requires unit vectors); similarities
 * returned are inner products in [-1, 1].
 */
public final class LuceneVectorStore implements VectorStore {

  private static final String ID = "id";
  private static final String CATEGORY = "category";
  private static final String SOURCE = "source";
  private static final String JSON = "json";
  private static final String VECTOR = "vector";
  private static final String META_DIMENSION = "flamefix.dimension";
  private static final String META_EMBEDDER = "flamefix.embedder";

  private final Path path;
  private final int dimension;
  private final String embedderId;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private LuceneVectorStore(Path path, int dimension, String embedderId, Directory directory, IndexWriter writer)
      throws IOException {
    this.path = path;
    this.dimension = dimension;
    this.embedderId = embedderId;
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the store in {@code directory}, creating it (for vectors of {@code dimension} made by
   * {@code embedderId}) if it does not exist yet.
   *
   * @throws KnowledgeBaseException naming the path if the store is corrupted, in use by another
   *     process, or holds vectors of another dimension
   */
  public static LuceneVectorStore open(Path directory, int dimension, String embedderId) {
    if (dimension <= 0) {
      throw new IllegalArgumentException("dimension must be positive, was " + dimension);
    }
    Path path = directory.toAbsolutePath();
    Directory dir = null;
    try {
      Files.createDirectories(path);
      dir = FSDirectory.open(path);
      String storedEmbedder = embedderId;
      boolean exists = DirectoryReader.indexExists(dir);
      if (exists) {
        Map<String, String> meta = SegmentInfos.readLatestCommit(dir).getUserData();
        int storedDimension = Integer.parseInt(meta.getOrDefault(META_DIMENSION, "-1"));
        if (storedDimension != dimension) {
          throw new KnowledgeBaseException(
              "knowledge-base store at " + path + " holds " + storedDimension
                  + "-dimensional vectors, but " + dimension + " were requested (embedder "
                  + embedderId + "); use another directory or rebuild the store");
        }
        storedEmbedder = meta.getOrDefault(META_EMBEDDER, "");
      }
      // A large RAM buffer lets a bulk load (import, benchmark) flush as one segment and one HNSW
      // graph instead of many small ones that merging would rebuild; single writes commit at once.
      IndexWriterConfig config = new IndexWriterConfig()
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(512);
      IndexWriter writer = new IndexWriter(dir, config);
      Map<String, String> meta = new HashMap<>();
      meta.put(META_DIMENSION, Integer.toString(dimension));
      meta.put(META_EMBEDDER, storedEmbedder);
      writer.setLiveCommitData(meta.entrySet());
      if (!exists) {
        writer.commit();
      }
      return new LuceneVectorStore(path, dimension, storedEmbedder, dir, writer);
    } catch (KnowledgeBaseException e) {
      closeQuietly(dir);
      throw e;
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new KnowledgeBaseException(
          "knowledge-base store at " + path + " is in use by another process (" + e.getMessage() + ")", e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | NumberFormatException e) {
      closeQuietly(dir);
      throw new KnowledgeBaseException(
          "knowledge-base store at " + path + " is corrupted and cannot be opened: " + e.getMessage()
              + " (restore it from an export, or move it away to start empty)", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(dir);
      throw new KnowledgeBaseException(
          "knowledge-base store at " + path + " cannot be opened: " + e, e);
    }
  }

  /** Whether {@code directory} holds a store (an index with at least one commit). */
  public static boolean exists(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(directory)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  /** Where the index lives. */
  public Path path() {
    return path;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String embedderId() {
    return embedderId;
  }

  @Override
  public synchronized void upsertAll(List<Entry> entries) {
    List<Document> docs = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      VectorStore.checkDimension(e.vector(), dimension, "knowledge-base store at " + path);
      if (e.value().id().isEmpty()) {
        throw new IllegalArgumentException("case has no id");
      }
      docs.add(document(e.value(), e.vector()));
    }
    try {
      for (Document d : docs) {
        writer.updateDocument(new Term(ID, d.get(ID)), d);
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      throw writeFailed(e);
    }
  }

  private Document document(Case c, float[] vector) {
    Document d = new Document();
    d.add(new StringField(ID, c.id(), Field.Store.YES));
    d.add(new StringField(CATEGORY, c.category(), Field.Store.NO));
    d.add(new StringField(SOURCE, c.source().wireName(), Field.Store.NO));
    d.add(new StoredField(JSON, CaseJson.write(c)));
    d.add(new KnnFloatVectorField(VECTOR, Vectors.normalize(vector.clone()), VectorSimilarityFunction.DOT_PRODUCT));
    return d;
  }

  private KnowledgeBaseException writeFailed(Exception e) {
    try {
      // Drop the half-done batch; the last commit (everything accepted before) stays intact.
      writer.rollback();
    } catch (IOException | RuntimeException ignored) {
      // The writer is closed either way; the message below says what to do.
    }
    return new KnowledgeBaseException(
        "write to knowledge-base store at " + path + " failed, nothing of this batch was stored; "
            + "reopen the store to continue: " + e, e);
  }

  @Override
  public List<ScoredCase> search(float[] query, int m, CaseFilter filter) {
    VectorStore.checkDimension(query, dimension, "knowledge-base store at " + path);
    if (m <= 0) {
      return List.of();
    }
    Query knn = new KnnFloatVectorQuery(VECTOR, Vectors.normalize(query.clone()), m, filterQuery(filter));
    return withSearcher(s -> {
      TopDocs top = s.search(knn, m);
      StoredFields stored = s.storedFields();
      List<ScoredCase> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Case c = CaseJson.readCase(stored.document(sd.doc).get(JSON));
        // Lucene scores DOT_PRODUCT as (1 + dot) / 2; undo it to report the inner product.
        out.add(new ScoredCase(c, 2.0 * sd.score - 1.0));
      }
      return out;
    });
  }

  private static Query filterQuery(CaseFilter filter) {
    if (filter == null || filter.isAny()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (filter.category() != null) {
      b.add(new TermQuery(new Term(CATEGORY, filter.category())), BooleanClause.Occur.FILTER);
    }
    if (filter.source() != null) {
      b.add(new TermQuery(new Term(SOURCE, filter.source().wireName())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  @Override
  public Optional<Case> get(String id) {
    return withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(CaseJson.readCase(s.storedFields().document(top.scoreDocs[0].doc).get(JSON)));
    });
  }

  @Override
  public synchronized boolean delete(String id) {
    if (get(id).isEmpty()) {
      return false;
    }
    try {
      writer.deleteDocuments(new Term(ID, id));
      writer.commit();
      searchers.maybeRefreshBlocking();
      return true;
    } catch (IOException | RuntimeException e) {
      throw writeFailed(e);
    }
  }

  @Override
  public long count() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public void forEach(Consumer<Case> action) {
    scan(false, e -> action.accept(e.value()));
  }

  @Override
  public void forEachEntry(Consumer<Entry> action) {
    scan(true, action);
  }

  private void scan(boolean withVectors, Consumer<Entry> action) {
    withSearcher(s -> {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        FloatVectorValues vectors = withVectors ? leaf.reader().getFloatVectorValues(VECTOR) : null;
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            float[] vector = null;
            if (vectors != null && vectors.advance(i) == i) {
              vector = vectors.vectorValue().clone();
            }
            action.accept(new Entry(CaseJson.readCase(stored.document(i).get(JSON)), vector));
          }
        }
      }
      return null;
    });
  }

  /** Merges the index into one segment so HNSW search visits one graph (used after bulk loads). */
  public synchronized void optimize() {
    try {
      writer.forceMerge(1);
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw writeFailed(e);
    }
  }

  private interface SearcherAction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherAction<T> action) {
    IndexSearcher s;
    try {
      s = searchers.acquire();
    } catch (IOException | RuntimeException e) {
      throw new KnowledgeBaseException("knowledge-base store at " + path + " cannot be read: " + e, e);
    }
    try {
      return action.apply(s);
    } catch (IOException e) {
      throw new KnowledgeBaseException("knowledge-base store at " + path + " cannot be read: " + e, e);
    } finally {
      try {
        searchers.release(s);
      } catch (IOException ignored) {
        // Releasing only decrements a reference count.
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
    } catch (IOException ignored) {
      // Closing readers cannot lose data: everything was committed.
    }
    try {
      if (writer.isOpen()) {
        writer.close();
      }
    } catch (IOException ignored) {
      // commitOnClose is off; the last commit already holds every accepted write.
    }
    closeQuietly(directory);
  }

  private static void closeQuietly(Directory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // Nothing to save.
      }
    }
  }
}
