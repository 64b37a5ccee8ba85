package dev.flamefix.bench.ingest;

import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.ProfileEvents;
import dev.flamefix.collector.ingest.StackCounts;
import dev.flamefix.collector.tree.CallTree;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ingest throughput in stack samples per second: the collector's whole path for one gzip collapsed
 * window (gunzip, parse, canonicalise frames, merge into a {@link CallTree}) against the floor of
 * any ingest, plain gunzip plus line splitting of the same payload. Both run in one JMH run, so
 * their ratio holds on a shared machine. Target: {@code decodeAndMerge} ≥ 50% of {@code
 * gunzipAndSplitLines}.
 *
 * <p>JMH runs one benchmark after the other, so on a machine whose load drifts (as ours, shared by
 * several builds) the two scores can see different loads. {@code interleaved} therefore runs both
 * paths back to back in every invocation and adds up the nanoseconds each took ({@link
 * Split}); their ratio sees the same load on both sides.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar 'dev.flamefix.bench.ingest'}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class IngestBenchmark {

  /** Samples in the payload; one JMH "operation" is one sample. */
  static final int SAMPLES = 100_000;

  /** Distinct stacks in the payload. */
  static final int STACKS = 4_000;

  private final ProfileDecoder decoder = new ProfileDecoder();
  private final IngestLimits limits = IngestLimits.defaults();
  private byte[] payload;

  /** Builds the payload once. */
  @Setup
  public void setUp() throws IngestException {
    byte[] raw = IngestPayloads.collapsed(STACKS, SAMPLES, 20261121L);
    payload = IngestPayloads.gzip(raw);
    long total = decoder.decode(payload, IngestFormat.FOLDED, limits).totalSamples();
    if (total != SAMPLES) {
      throw new IllegalStateException("payload has " + total + " samples, expected " + SAMPLES);
    }
  }

  /** The collector's path: decode the window and merge it into a call tree. */
  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public long decodeAndMerge() throws IngestException {
    StackCounts stacks =
        decoder.decode(payload, IngestFormat.FOLDED, limits).event(ProfileEvents.CPU);
    return CallTree.of(stacks).total();
  }

  /** The baseline: gunzip and split into lines, nothing else. */
  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public void gunzipAndSplitLines(Blackhole bh) throws IOException {
    splitLines(bh);
  }

  /**
   * Nanoseconds spent in each path by {@link #interleaved}, summed per iteration. Baseline time
   * over collector time is the collector's share of the baseline's throughput.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Split {
    /** Time in decode + merge. */
    public long collectorNanos;
    /** Time in gunzip + line splitting. */
    public long baselineNanos;

    /** Counters restart every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      collectorNanos = 0;
      baselineNanos = 0;
    }
  }

  /** Both paths back to back, each timed; see {@link Split}. */
  @Benchmark
  @OperationsPerInvocation(2 * SAMPLES)
  public void interleaved(Split split, Blackhole bh) throws IOException, IngestException {
    long t0 = System.nanoTime();
    bh.consume(decodeAndMerge());
    long t1 = System.nanoTime();
    splitLines(bh);
    long t2 = System.nanoTime();
    split.collectorNanos += t1 - t0;
    split.baselineNanos += t2 - t1;
  }

  private void splitLines(Blackhole bh) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(payload), 1 << 16),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        bh.consume(line);
      }
    }
  }
}
