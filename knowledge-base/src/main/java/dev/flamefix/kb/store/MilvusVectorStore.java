package dev.flamefix.kb.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseJson;
import dev.flamefix.kb.KnowledgeBaseException;
import dev.flamefix.kb.ScoredCase;
import dev.flamefix.kb.embed.Vectors;
import io.milvus.orm.iterator.QueryIterator;
import io.milvus.response.QueryResultsWrapper;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.collection.response.DescribeCollectionResp;
import io.milvus.v2.service.vector.request.DeleteReq;
import io.milvus.v2.service.vector.request.QueryIteratorReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.UpsertReq;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Milvus through the Milvus Java SDK v2, for stores larger than one process should hold.
 *
 * <p>Collection schema (FasterPy's Table 1 plus what flamefix needs): {@code id} (VarChar primary
 * key), {@code category}, {@code summary}, {@code rate} (Float), {@code source}, {@code
 * slow_code_len} (Int64), {@code payload} (the whole case as JSON, so a search returns complete
 * cases) and {@code vector} (FloatVector) with an inner-product ({@code IP}) index. The embedder id
 * is kept in the collection description. Reads use strong consistency so a search sees every
 * write that returned.
 *
 * <p>A server that is down or stops answering yields a {@link KnowledgeBaseException} naming the
 * URI and the operation; upserts are idempotent, so retrying after the server is back loses
 * nothing.
 */
public final class MilvusVectorStore implements VectorStore {

  /** Largest VarChar Milvus accepts; the payload must fit. */
  static final int MAX_VARCHAR = 65_535;

  private static final String DESCRIPTION_PREFIX = "flamefix knowledge-base cases; embedder=";
  private static final List<String> CASE_FIELDS = List.of("payload");

  private final MilvusClientV2 client;
  private final String uri;
  private final String collection;
  private final int dimension;
  private final String embedderId;

  private MilvusVectorStore(MilvusClientV2 client, Config config, int dimension, String embedderId) {
    this.client = client;
    this.uri = config.uri();
    this.collection = config.collection();
    this.dimension = dimension;
    this.embedderId = embedderId;
  }

  /**
   * Where and how to connect.
   *
   * @param uri e.g. {@code http://127.0.0.1:19530}
   * @param token credentials ({@code user:password} or an API key), or null; read it from
   *     configuration or the environment, never from source. Never part of {@link #toString()}.
   * @param database Milvus database, or null for the server's {@code default}; it must exist
   * @param collection collection name (letters, digits, underscores)
   * @param indexType vector index, e.g. {@code HNSW} (default), {@code FLAT}, {@code AUTOINDEX}
   * @param timeoutMs connect and per-call deadline
   */
  public record Config(
      String uri, String token, String database, String collection, IndexParam.IndexType indexType, long timeoutMs) {

    /** Collection used when none is configured. */
    public static final String DEFAULT_COLLECTION = "flamefix_cases";

    /** HNSW + IP on collection {@value #DEFAULT_COLLECTION} of the default database, 10 s deadline. */
    public static Config of(String uri) {
      return new Config(uri, null, null, DEFAULT_COLLECTION, IndexParam.IndexType.HNSW, 10_000);
    }

    /** The same settings for another collection. */
    public Config withCollection(String name) {
      return new Config(uri, token, database, name, indexType, timeoutMs);
    }

    /** The same settings in another database (null: the default one). */
    public Config withDatabase(String name) {
      return new Config(uri, token, blankToNull(name), collection, indexType, timeoutMs);
    }

    /** The same settings with these credentials (null: none). */
    public Config withToken(String credentials) {
      return new Config(uri, blankToNull(credentials), database, collection, indexType, timeoutMs);
    }

    /** The same settings with another deadline. */
    public Config withTimeoutMs(long ms) {
      return new Config(uri, token, database, collection, indexType, ms);
    }

    /** Where the cases are, for logs and messages; says whether a token is set, never which. */
    public String describe() {
      return "Milvus at " + uri + " (database " + (database == null ? "default" : database) + ", collection "
          + collection + (token == null ? "" : ", with token") + ")";
    }

    /** {@link #describe()}: a record's generated form would print the token. */
    @Override
    public String toString() {
      return describe();
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }

  /**
   * Connects and opens the collection, creating it (and its IP index) if missing.
   *
   * @throws KnowledgeBaseException if the server cannot be reached or the collection holds
   *     vectors of another dimension
   */
  public static MilvusVectorStore open(Config config, int dimension, String embedderId) {
    MilvusClientV2 client = connect(config);
    try {
      String storedEmbedder = ensureCollection(client, config, dimension, embedderId);
      return new MilvusVectorStore(client, config, dimension, storedEmbedder);
    } catch (RuntimeException e) {
      client.close();
      if (e instanceof KnowledgeBaseException kbe) {
        throw kbe;
      }
      throw new KnowledgeBaseException(
          "Milvus at " + config.uri() + ": cannot open collection " + config.collection() + ": " + rootMessage(e), e);
    }
  }

  private static MilvusClientV2 connect(Config config) {
    ConnectConfig.ConnectConfigBuilder b = ConnectConfig.builder()
        .uri(config.uri())
        .connectTimeoutMs(config.timeoutMs())
        .rpcDeadlineMs(config.timeoutMs());
    if (config.token() != null && !config.token().isBlank()) {
      b.token(config.token());
    }
    if (config.database() != null) {
      b.dbName(config.database());
    }
    try {
      return new MilvusClientV2(b.build());
    } catch (RuntimeException e) {
      String db = rootMessage(e).contains("database") && config.database() != null
          ? " or database " + config.database() + " does not exist" : "";
      throw new KnowledgeBaseException(
          "Milvus at " + config.uri() + " is not reachable" + db + " (is the server running? scripts/services/milvus.sh "
              + "starts one for tests): " + rootMessage(e), e);
    }
  }

  private static String ensureCollection(MilvusClientV2 client, Config config, int dimension, String embedderId) {
    String name = config.collection();
    if (client.hasCollection(HasCollectionReq.builder().collectionName(name).build())) {
      DescribeCollectionResp d = client.describeCollection(DescribeCollectionReq.builder().collectionName(name).build());
      int storedDimension = d.getCollectionSchema().getField("vector") == null
          ? -1 : d.getCollectionSchema().getField("vector").getDimension();
      if (storedDimension != dimension) {
        throw new KnowledgeBaseException(
            "Milvus collection " + name + " at " + config.uri() + " holds " + storedDimension
                + "-dimensional vectors, but " + dimension + " were requested; use another collection");
      }
      client.loadCollection(LoadCollectionReq.builder().collectionName(name).build());
      String desc = d.getDescription() == null ? "" : d.getDescription();
      return desc.startsWith(DESCRIPTION_PREFIX) ? desc.substring(DESCRIPTION_PREFIX.length()) : "";
    }
    CreateCollectionReq.CollectionSchema schema = client.createSchema();
    schema.addField(AddFieldReq.builder().fieldName("id").dataType(DataType.VarChar).maxLength(512).isPrimaryKey(true).autoID(false).build());
    schema.addField(AddFieldReq.builder().fieldName("category").dataType(DataType.VarChar).maxLength(128).build());
    schema.addField(AddFieldReq.builder().fieldName("summary").dataType(DataType.VarChar).maxLength(4096).build());
    schema.addField(AddFieldReq.builder().fieldName("rate").dataType(DataType.Float).build());
    schema.addField(AddFieldReq.builder().fieldName("source").dataType(DataType.VarChar).maxLength(16).build());
    schema.addField(AddFieldReq.builder().fieldName("slow_code_len").dataType(DataType.Int64).build());
    schema.addField(AddFieldReq.builder().fieldName("payload").dataType(DataType.VarChar).maxLength(MAX_VARCHAR).build());
    schema.addField(AddFieldReq.builder().fieldName("vector").dataType(DataType.FloatVector).dimension(dimension).build());
    IndexParam index = IndexParam.builder()
        .fieldName("vector")
        .indexType(config.indexType())
        .metricType(IndexParam.MetricType.IP)
        .extraParams(config.indexType() == IndexParam.IndexType.HNSW ? Map.of("M", 16, "efConstruction", 200) : Map.of())
        .build();
    try {
      client.createCollection(CreateCollectionReq.builder()
          .collectionName(name)
          .description(DESCRIPTION_PREFIX + embedderId)
          .collectionSchema(schema)
          .indexParams(List.of(index))
          .consistencyLevel(ConsistencyLevel.STRONG)
          .build());
    } catch (RuntimeException e) {
      // Replicas of a fleet open one collection at the same time: another may have created it
      // between the check above and this create (Milvus Lite then fails with "File exists"). Open
      // theirs, dimension check included, once it is visible; any other failure stands.
      if (!appears(client, name)) {
        throw e;
      }
      return ensureCollection(client, config, dimension, embedderId);
    }
    client.loadCollection(LoadCollectionReq.builder().collectionName(name).build());
    return embedderId;
  }

  /** Whether collection {@code name} exists now or within about two seconds (another creator finishing). */
  private static boolean appears(MilvusClientV2 client, String name) {
    for (int i = 0; i < 10; i++) {
      if (client.hasCollection(HasCollectionReq.builder().collectionName(name).build())) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** Drops a collection if it exists (tests and benchmarks use throw-away collections). */
  public static void dropCollection(Config config) {
    MilvusClientV2 client = null;
    try {
      client = connect(config);
      if (client.hasCollection(HasCollectionReq.builder().collectionName(config.collection()).build())) {
        client.dropCollection(DropCollectionReq.builder().collectionName(config.collection()).build());
      }
    } catch (RuntimeException e) {
      throw new KnowledgeBaseException("Milvus at " + config.uri() + ": cannot drop " + config.collection() + ": " + rootMessage(e), e);
    } finally {
      if (client != null) {
        client.close();
      }
    }
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
  public void upsertAll(List<Entry> entries) {
    List<JsonObject> rows = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      VectorStore.checkDimension(e.vector(), dimension, "Milvus collection " + collection + " at " + uri);
      rows.add(row(e.value(), e.vector()));
    }
    if (rows.isEmpty()) {
      return;
    }
    call("upsert", () -> client.upsert(UpsertReq.builder().collectionName(collection).data(rows).build()));
  }

  private JsonObject row(Case c, float[] vector) {
    if (c.id().isEmpty()) {
      throw new IllegalArgumentException("case has no id");
    }
    String payload = CaseJson.write(c);
    if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_VARCHAR) {
      throw new KnowledgeBaseException(
          "case " + c.id() + " is too large for Milvus (" + payload.length() + " characters of JSON, limit " + MAX_VARCHAR + ")");
    }
    JsonObject o = new JsonObject();
    o.addProperty("id", c.id());
    o.addProperty("category", c.category());
    o.addProperty("summary", truncate(c.summary(), 4096));
    o.addProperty("rate", (float) c.rate());
    o.addProperty("source", c.source().wireName());
    o.addProperty("slow_code_len", (long) c.slowCode().length());
    o.addProperty("payload", payload);
    JsonArray v = new JsonArray(vector.length);
    for (float x : Vectors.normalize(vector.clone())) {
      v.add(x);
    }
    o.add("vector", v);
    return o;
  }

  private static String truncate(String s, int maxBytes) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return s;
    }
    String t = s.substring(0, Math.min(s.length(), maxBytes / 4));
    return t;
  }

  @Override
  public List<ScoredCase> search(float[] query, int m, CaseFilter filter) {
    VectorStore.checkDimension(query, dimension, "Milvus collection " + collection + " at " + uri);
    if (m <= 0) {
      return List.of();
    }
    SearchReq.SearchReqBuilder req = SearchReq.builder()
        .collectionName(collection)
        .annsField("vector")
        .metricType(IndexParam.MetricType.IP)
        .data(List.of(new FloatVec(Vectors.normalize(query.clone()))))
        .topK(m)
        .outputFields(CASE_FIELDS)
        .consistencyLevel(ConsistencyLevel.STRONG)
        .searchParams(Map.of("ef", Math.max(64, m)));
    String expr = expression(filter);
    if (!expr.isEmpty()) {
      req.filter(expr);
    }
    SearchResp resp = call("search", () -> client.search(req.build()));
    List<ScoredCase> out = new ArrayList<>();
    for (List<SearchResp.SearchResult> hits : resp.getSearchResults()) {
      for (SearchResp.SearchResult hit : hits) {
        out.add(new ScoredCase(CaseJson.readCase((String) hit.getEntity().get("payload")), hit.getScore()));
      }
    }
    return out;
  }

  static String expression(CaseFilter filter) {
    if (filter == null || filter.isAny()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (filter.category() != null) {
      parts.add("category == \"" + escape(filter.category()) + "\"");
    }
    if (filter.source() != null) {
      parts.add("source == \"" + filter.source().wireName() + "\"");
    }
    return String.join(" and ", parts);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Override
  public Optional<Case> get(String id) {
    QueryResp resp = call("get", () -> client.query(QueryReq.builder()
        .collectionName(collection)
        .ids(List.of(id))
        .outputFields(CASE_FIELDS)
        .consistencyLevel(ConsistencyLevel.STRONG)
        .build()));
    return resp.getQueryResults().stream()
        .findFirst()
        .map(r -> CaseJson.readCase((String) r.getEntity().get("payload")));
  }

  @Override
  public boolean delete(String id) {
    if (get(id).isEmpty()) {
      return false;
    }
    call("delete", () -> client.delete(DeleteReq.builder().collectionName(collection).ids(List.of(id)).build()));
    return true;
  }

  @Override
  public long count() {
    QueryResp resp = call("count", () -> client.query(QueryReq.builder()
        .collectionName(collection)
        .filter("")
        .outputFields(List.of("count(*)"))
        .consistencyLevel(ConsistencyLevel.STRONG)
        .build()));
    Object n = resp.getQueryResults().isEmpty() ? 0L : resp.getQueryResults().get(0).getEntity().get("count(*)");
    return ((Number) n).longValue();
  }

  @Override
  public void forEach(Consumer<Case> action) {
    scan(CASE_FIELDS, r -> action.accept(CaseJson.readCase((String) r.get("payload"))));
  }

  @Override
  public void forEachEntry(Consumer<Entry> action) {
    scan(List.of("payload", "vector"), r -> {
      @SuppressWarnings("unchecked")
      List<? extends Number> v = (List<? extends Number>) r.get("vector");
      float[] vector = new float[v.size()];
      for (int i = 0; i < vector.length; i++) {
        vector[i] = v.get(i).floatValue();
      }
      action.accept(new Entry(CaseJson.readCase((String) r.get("payload")), vector));
    });
  }

  private void scan(List<String> fields, Consumer<QueryResultsWrapper.RowRecord> action) {
    QueryIterator it = call("export", () -> client.queryIterator(QueryIteratorReq.builder()
        .collectionName(collection)
        .expr("")
        .outputFields(fields)
        .batchSize(500)
        .consistencyLevel(ConsistencyLevel.STRONG)
        .build()));
    try {
      while (true) {
        List<QueryResultsWrapper.RowRecord> batch = call("export", it::next);
        if (batch.isEmpty()) {
          break;
        }
        batch.forEach(action);
      }
    } finally {
      it.close();
    }
  }

  private <T> T call(String operation, Supplier<T> body) {
    try {
      return body.get();
    } catch (KnowledgeBaseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new KnowledgeBaseException(
          "Milvus at " + uri + ": " + operation + " on collection " + collection + " failed: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String own = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return t == e ? own : own + " (" + t + ")";
  }

  /**
   * Seals what was written so the server indexes it (HNSW) instead of scanning growing segments;
   * worth calling after a bulk load.
   */
  public void flush() {
    call("flush", () -> {
      client.flush(FlushReq.builder().collectionNames(List.of(collection)).build());
      return null;
    });
  }

  @Override
  public void close() {
    client.close();
  }
}
