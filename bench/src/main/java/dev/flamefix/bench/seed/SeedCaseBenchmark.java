package dev.flamefix.bench.seed;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Times the slow and the fast version of every seed case. The case ids are passed at run time
 * ({@code -p caseId=...}); {@link SeedCorpusWriter} passes all of them. Each (case, version) runs
 * in its own fork, so the dispatch through {@link SeedCase} stays monomorphic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeedCaseBenchmark {

  /** The seed case to time. */
  @Param({"concat-csv-row"})
  public String caseId;

  private SeedCase.Bound<?> bound;

  /** Generates the case's representative input once per trial. */
  @Setup
  public void setUp() {
    bound = SeedCatalog.byId(caseId).bind();
  }

  /** The slow version. */
  @Benchmark
  public void slow(Blackhole bh) {
    bh.consume(bound.slow());
  }

  /** The fast version. */
  @Benchmark
  public void fast(Blackhole bh) {
    bh.consume(bound.fast());
  }
}
