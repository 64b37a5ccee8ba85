package dev.flamefix.kb;

import dev.flamefix.kb.embed.CodeEmbedder;
import dev.flamefix.kb.embed.CombinedEmbedder;
import dev.flamefix.kb.seed.SeedCorpus;
import dev.flamefix.kb.store.CaseFilter;
import dev.flamefix.kb.store.LuceneVectorStore;
import dev.flamefix.kb.store.MilvusVectorStore;
import dev.flamefix.kb.store.VectorStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The memory of which slow code was made fast, how, and by how much: cases embedded by a {@link
 * CodeEmbedder} and kept in a {@link VectorStore}, searched by similarity of slow code and narrowed
 * by FasterPy's Algorithm 2 ({@link #filter}).
 *
 * <p>Typical use by the optimizer:
 *
 * <pre>{@code
 * try (KnowledgeBase kb = KnowledgeBase.openDefault(Path.of("data/kb"))) {
 *   List<ScoredCase> suggestions = kb.suggest(cleanedCode, 10, 3, 0.05);
 * }
 * }</pre>
 *
 * <p>Thread-safe as far as the store is; both shipped stores are.
 */
public final class KnowledgeBase implements AutoCloseable {

  /**
   * Class-path root of the seed corpus ({@link SeedCorpus}), loaded into an empty store on first
   * start.
   */
  public static final String SEED_RESOURCE = SeedCorpus.RESOURCE_ROOT;

  private final VectorStore store;
  private final CodeEmbedder embedder;

  private KnowledgeBase(VectorStore store, CodeEmbedder embedder) {
    this.store = store;
    this.embedder = embedder;
    if (store.dimension() != embedder.dimension()) {
      throw new KnowledgeBaseException(
          "store holds " + store.dimension() + "-dimensional vectors but embedder " + embedder.id()
              + " produces " + embedder.dimension());
    }
    String storedId = store.embedderId();
    if (!storedId.isEmpty() && !storedId.equals(embedder.id()) && store.count() > 0) {
      throw new KnowledgeBaseException(
          "store was built with embedder '" + storedId + "' but this knowledge base uses '"
              + embedder.id() + "'; export it, delete it and import into a fresh store");
    }
  }

  /** A builder choosing store, embedder and whether to load the seed corpus. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The embedded default: a Lucene store in {@code directory} (created if missing), the combined
   * text + structure embedder, and the seed corpus loaded if the store is empty.
   */
  public static KnowledgeBase openDefault(Path directory) {
    return builder().luceneStore(directory).build();
  }

  /** The store behind this knowledge base. */
  public VectorStore store() {
    return store;
  }

  /** The embedder behind this knowledge base. */
  public CodeEmbedder embedder() {
    return embedder;
  }

  /**
   * Embeds and stores one case (replacing any case with the same id); a case without an id gets a
   * generated one.
   *
   * @return the case as stored, with its id
   */
  public Case add(Case c) {
    return addAll(List.of(c)).get(0);
  }

  /** Embeds and stores several cases in one durable write; returns them as stored. */
  public List<Case> addAll(Collection<Case> cases) {
    List<VectorStore.Entry> entries = new ArrayList<>(cases.size());
    List<Case> stored = new ArrayList<>(cases.size());
    for (Case c : cases) {
      Case withId = c.withGeneratedId();
      entries.add(new VectorStore.Entry(withId, embedder.embed(withId.slowCode())));
      stored.add(withId);
    }
    if (!entries.isEmpty()) {
      store.upsertAll(entries);
    }
    return stored;
  }

  /**
   * Writes back a validated optimization outcome ({@code source=learned}) with the rate the
   * validator measured, so later retrieval favours fixes that worked on this code base.
   *
   * @return the stored case with its generated id
   */
  public Case addLearned(
      String category, String slowCode, String fastCode, String summary, double rate, double rateError) {
    return add(
        new Case("", category, slowCode, fastCode, summary, rate, rateError, CaseSource.LEARNED, Case.DEFAULT_LANGUAGE));
  }

  /** The {@code m} stored cases whose slow code is most similar to {@code code}, closest first. */
  public List<ScoredCase> search(String code, int m) {
    return search(code, m, CaseFilter.ANY);
  }

  /** Like {@link #search(String, int)}, restricted to cases passing {@code filter}. */
  public List<ScoredCase> search(String code, int m, CaseFilter filter) {
    if (m <= 0) {
      return List.of();
    }
    return store.search(embedder.embed(code), m, filter);
  }

  /** Search top-{@code m}, then {@link #filter} down to at most {@code k} suggestions. */
  public List<ScoredCase> suggest(String code, int m, int k, double deltaS) {
    return filter(search(code, m), k, deltaS);
  }

  /**
   * FasterPy's Algorithm 2 (suggestion filtering): keep the closest case; among the others keep
   * those whose similarity is at least the closest's minus {@code deltaS}; if at least {@code k-1}
   * remain, take the {@code k-1} with the highest rate, otherwise take them all; return the closest
   * followed by those (by rate, highest first).
   *
   * <p>This follows the algorithm's prose (Steps 3.1–3.4). The paper's listing also returns all of
   * {@code R_m} unfiltered when it has at most {@code k} entries; that early return is left out on
   * purpose, because it would pass on suggestions far below the similarity tolerance.
   *
   * @param topM retrieved cases in any order
   * @param k maximum number of suggestions (at least 1)
   * @param deltaS similarity tolerance (non-negative)
   */
  public static List<ScoredCase> filter(List<ScoredCase> topM, int k, double deltaS) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    if (!(deltaS >= 0)) {
      throw new IllegalArgumentException("deltaS must be non-negative, was " + deltaS);
    }
    if (topM.isEmpty()) {
      return List.of();
    }
    List<ScoredCase> bySimilarity = new ArrayList<>(topM);
    bySimilarity.sort(Comparator.comparingDouble(ScoredCase::similarity).reversed());
    ScoredCase closest = bySimilarity.get(0);
    double floor = closest.similarity() - deltaS;
    List<ScoredCase> rest = new ArrayList<>();
    for (ScoredCase s : bySimilarity.subList(1, bySimilarity.size())) {
      if (s.similarity() >= floor) {
        rest.add(s);
      }
    }
    rest.sort(
        Comparator.comparingDouble((ScoredCase s) -> s.match().rate())
            .reversed()
            .thenComparing(Comparator.comparingDouble(ScoredCase::similarity).reversed()));
    List<ScoredCase> out = new ArrayList<>(k);
    out.add(closest);
    out.addAll(rest.subList(0, Math.min(rest.size(), k - 1)));
    return List.copyOf(out);
  }

  /** The stored case with this id. */
  public Optional<Case> get(String id) {
    return store.get(id);
  }

  /** Deletes a case; returns whether it existed. */
  public boolean delete(String id) {
    return store.delete(id);
  }

  /** Number of stored cases. */
  public long count() {
    return store.count();
  }

  /**
   * Writes every case as one JSON object per line (the format {@link #importJsonl} reads), sorted
   * by id so exports of equal stores are equal.
   *
   * @return number of cases written
   */
  public long exportJsonl(Writer out) throws IOException {
    List<Case> all = new ArrayList<>();
    store.forEach(all::add);
    all.sort(Comparator.comparing(Case::id));
    for (Case c : all) {
      out.write(CaseJson.write(c));
      out.write('\n');
    }
    out.flush();
    return all.size();
  }

  /** {@link #exportJsonl(Writer)} to a file (replaced if present). */
  public long exportJsonl(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return exportJsonl(w);
    }
  }

  /**
   * Imports flamefix case JSONL ({@code id, category, summary, slowCode, fastCode, rate, rateError,
   * source, language}); good lines are stored, bad ones reported with their line numbers.
   */
  public ImportResult importJsonl(Reader in) throws IOException {
    return importLines(in, CaseJson::readCase);
  }

  /** {@link #importJsonl(Reader)} from a file. */
  public ImportResult importJsonl(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return importJsonl(r);
    }
  }

  /**
   * Imports PIE-style JSONL ({@code input} = slow code, {@code target} = fast code, {@code
   * summary}, {@code rate}; optional {@code id}, {@code category}, {@code language}) as {@code
   * source=import}; good lines are stored, bad ones reported with their line numbers.
   */
  public ImportResult importPieJsonl(Reader in) throws IOException {
    return importLines(in, CaseJson::readPie);
  }

  /** {@link #importPieJsonl(Reader)} from a file. */
  public ImportResult importPieJsonl(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return importPieJsonl(r);
    }
  }

  /**
   * Loads the seed corpus ({@link #SEED_RESOURCE}) if the store is empty.
   *
   * @return the number of cases loaded (0 when the store already had cases or no seed is on the
   *     classpath)
   * @throws KnowledgeBaseException if a seed case is missing a file or has a broken one (a
   *     packaging bug)
   */
  public int loadSeedIfEmpty() {
    return loadSeedIfEmpty(SEED_RESOURCE);
  }

  /**
   * Like {@link #loadSeedIfEmpty()} from another class-path resource (absolute name): a seed
   * corpus root, or a {@code .jsonl} file of cases (small fixtures).
   */
  public int loadSeedIfEmpty(String resource) {
    if (store.count() > 0) {
      return 0;
    }
    if (!resource.endsWith(".jsonl")) {
      return addAll(SeedCorpus.cases(SeedCorpus.fromClasspath(resource))).size();
    }
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
      if (in == null) {
        return 0;
      }
      ImportResult r = importJsonl(new InputStreamReader(in, StandardCharsets.UTF_8));
      if (!r.ok()) {
        throw new KnowledgeBaseException("seed corpus " + resource + " has bad lines: " + r.errors());
      }
      return r.imported();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportResult importLines(Reader in, Function<String, Case> parse) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<ImportResult.LineError> errors = new ArrayList<>();
    List<Case> batch = new ArrayList<>();
    int imported = 0;
    int lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        batch.add(parse.apply(line));
      } catch (RuntimeException e) {
        errors.add(new ImportResult.LineError(lineNo, e.getMessage()));
      }
      if (batch.size() >= 256) {
        imported += addAll(batch).size();
        batch.clear();
      }
    }
    imported += addAll(batch).size();
    return new ImportResult(imported, errors);
  }

  /**
   * Copies every case of this knowledge base, with its stored vector (no embedding again), into
   * {@code target}, replacing cases with the same id there; what the target already held stays.
   *
   * @return the number of cases copied
   * @throws KnowledgeBaseException when the target holds vectors of another dimension or another
   *     embedder
   */
  public long copyTo(VectorStore target) {
    if (target.dimension() != store.dimension()) {
      throw new KnowledgeBaseException("cannot copy " + store.dimension() + "-dimensional vectors into a store of "
          + target.dimension() + " dimensions");
    }
    String targetEmbedder = target.embedderId();
    if (!targetEmbedder.isEmpty() && !targetEmbedder.equals(embedder.id()) && target.count() > 0) {
      throw new KnowledgeBaseException("the target store was built with embedder '" + targetEmbedder
          + "', this knowledge base with '" + embedder.id() + "'");
    }
    List<VectorStore.Entry> batch = new ArrayList<>();
    long[] copied = {0};
    store.forEachEntry(e -> {
      batch.add(e.vector() != null ? e : new VectorStore.Entry(e.value(), embedder.embed(e.value().slowCode())));
      if (batch.size() >= 256) {
        target.upsertAll(batch);
        copied[0] += batch.size();
        batch.clear();
      }
    });
    target.upsertAll(batch);
    return copied[0] + batch.size();
  }

  /** Closes the store. */
  @Override
  public void close() {
    store.close();
  }

  /** Chooses store, embedder and seeding for {@link KnowledgeBase}. */
  public static final class Builder {
    private VectorStore store;
    private Function<CodeEmbedder, VectorStore> storeOpener;
    private CodeEmbedder embedder;
    private boolean loadSeed = true;
    private String seedResource = SEED_RESOURCE;

    private Builder() {}

    /** Use this store (e.g. a {@code MilvusVectorStore}); the caller closes it. */
    public Builder store(VectorStore store) {
      this.store = Objects.requireNonNull(store);
      this.storeOpener = null;
      return this;
    }

    /** Use the embedded Lucene store in {@code directory}, sized for the chosen embedder. */
    public Builder luceneStore(Path directory) {
      Objects.requireNonNull(directory);
      return openedStore(e -> LuceneVectorStore.open(directory, e.dimension(), e.id()));
    }

    /** Use the Milvus collection {@code config} names, created for the chosen embedder if missing. */
    public Builder milvusStore(MilvusVectorStore.Config config) {
      Objects.requireNonNull(config);
      return openedStore(e -> MilvusVectorStore.open(config, e.dimension(), e.id()));
    }

    /** The store {@code settings} choose: Milvus when configured, else the embedded one. */
    public Builder settings(KnowledgeBaseSettings settings) {
      return settings.usesMilvus() ? milvusStore(settings.milvus()) : luceneStore(settings.directory());
    }

    private Builder openedStore(Function<CodeEmbedder, VectorStore> opener) {
      this.storeOpener = opener;
      this.store = null;
      return this;
    }

    /** Use this embedder instead of the default {@link CombinedEmbedder}. */
    public Builder embedder(CodeEmbedder embedder) {
      this.embedder = Objects.requireNonNull(embedder);
      return this;
    }

    /** Whether to load the seed corpus into an empty store (default true). */
    public Builder loadSeed(boolean loadSeed) {
      this.loadSeed = loadSeed;
      return this;
    }

    /**
     * Seed from another class-path resource (absolute name: a corpus root or a {@code .jsonl}
     * file) instead of {@link #SEED_RESOURCE}.
     */
    public Builder seedResource(String resource) {
      this.seedResource = Objects.requireNonNull(resource);
      return this;
    }

    /**
     * Opens the store and returns the knowledge base; a store it opened is closed with the
     * knowledge base.
     */
    public KnowledgeBase build() {
      if (store == null && storeOpener == null) {
        throw new IllegalStateException("choose a store: luceneStore(dir), milvusStore(config) or store(vectorStore)");
      }
      CodeEmbedder e = embedder != null ? embedder : CombinedEmbedder.createDefault();
      VectorStore s = store != null ? store : storeOpener.apply(e);
      KnowledgeBase kb;
      try {
        kb = new KnowledgeBase(s, e);
        if (loadSeed) {
          kb.loadSeedIfEmpty(seedResource);
        }
      } catch (RuntimeException ex) {
        if (store == null) {
          s.close();
        }
        throw ex;
      }
      return kb;
    }
  }
}
