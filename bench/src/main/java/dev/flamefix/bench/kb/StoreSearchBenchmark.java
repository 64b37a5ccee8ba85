package dev.flamefix.bench.kb;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.ScoredCase;
import dev.flamefix.kb.embed.CombinedEmbedder;
import dev.flamefix.kb.store.LuceneVectorStore;
import dev.flamefix.kb.store.MilvusVectorStore;
import dev.flamefix.kb.store.VectorStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Top-10 search latency over {@code size} cases with random unit vectors of the combined
 * embedding's dimension, in the embedded Lucene store (HNSW, one merged segment) or in a Milvus
 * server (HNSW, IP). Sample-time mode, so the output carries p50 and p99.
 *
 * <p>Embedded: {@code java -jar bench/target/benchmarks.jar 'kb.StoreSearchBenchmark' -p store=lucene
 * -p size=10000,100000}. Milvus: start one ({@code source scripts/services/milvus.sh;
 * ensure_milvus}) and add {@code -p store=milvus -jvmArgsAppend -Dflamefix.milvus.uri=$FLAMEFIX_TEST_MILVUS_URI}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreSearchBenchmark {

  static final int DIMENSION = CombinedEmbedder.createDefault().dimension();
  static final int QUERIES = 1024;

  @Param({"10000", "100000"})
  public int size;

  @Param({"lucene"})
  public String store;

  @Param({"10"})
  public int m;

  private VectorStore vectorStore;
  private MilvusVectorStore.Config milvus;
  private float[][] queries;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    float[][] vectors = Snippets.randomUnitVectors(size, DIMENSION, 1234);
    queries = Snippets.randomUnitVectors(QUERIES, DIMENSION, 99);
    // (vectors are generated even when a kept index is reused, so both runs search the same data)
    if (store.equals("lucene")) {
      // Built once per size and kept: building a 100k HNSW graph takes minutes on a shared machine.
      Path kept = Path.of(System.getProperty("java.io.tmpdir"), "flamefix-kb-bench-" + size + "x" + DIMENSION);
      LuceneVectorStore lucene = LuceneVectorStore.open(kept, DIMENSION, "bench");
      if (lucene.count() != size) {
        lucene.close();
        deleteTree(kept);
        lucene = LuceneVectorStore.open(kept, DIMENSION, "bench");
        // One batch: one flush, one segment, one graph; optimize() is then a no-op safeguard.
        load(lucene, vectors, size);
        lucene.optimize();
      }
      vectorStore = lucene;
    } else if (store.equals("milvus")) {
      String uri = System.getProperty("flamefix.milvus.uri", System.getenv("FLAMEFIX_TEST_MILVUS_URI"));
      if (uri == null || uri.isBlank()) {
        throw new IllegalStateException(
            "set -Dflamefix.milvus.uri or FLAMEFIX_TEST_MILVUS_URI (scripts/services/milvus.sh starts a server)");
      }
      milvus = MilvusVectorStore.Config.of(uri).withCollection("bench_" + size).withTimeoutMs(600_000);
      MilvusVectorStore.dropCollection(milvus);
      MilvusVectorStore s = MilvusVectorStore.open(milvus, DIMENSION, "bench");
      load(s, vectors, 2_000);
      s.flush();
      vectorStore = s;
    } else {
      throw new IllegalArgumentException("store must be lucene or milvus: " + store);
    }
    if (vectorStore.count() != size) {
      throw new IllegalStateException("loaded " + vectorStore.count() + " of " + size);
    }
  }

  private static void load(VectorStore s, float[][] vectors, int batch) {
    List<VectorStore.Entry> entries = new ArrayList<>(batch);
    for (int i = 0; i < vectors.length; i++) {
      Case c = new Case("case-" + i, "category-" + (i % 16), "slow code " + i, "fast code " + i,
          "summary " + i, 1.0 + (i % 50), 0, CaseSource.IMPORT, "java");
      entries.add(new VectorStore.Entry(c, vectors[i]));
      if (entries.size() == batch || i == vectors.length - 1) {
        s.upsertAll(entries);
        entries.clear();
      }
    }
  }

  @Benchmark
  public List<ScoredCase> searchTopM() {
    return vectorStore.search(queries[next++ & (QUERIES - 1)], m);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    vectorStore.close();
    if (milvus != null) {
      MilvusVectorStore.dropCollection(milvus);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
