package dev.flamefix.bench.ingest;

import dev.flamefix.bench.load.ServiceStacks;
import dev.flamefix.collector.ingest.DecodedProfile;
import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.LineCounts;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.ProfileEvents;
import dev.flamefix.collector.ingest.StackCounts;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The server's CPU per stored agent window, split by step, on the load generator's windows
 * ({@link ServiceStacks}: a median window of 775 distinct stacks 20–80 frames deep, about 2 MB of
 * collapsed text): decoding the payload (gunzip, parse, canonicalise, count), re-encoding the
 * stacks as gzip folded text (what the server stored before it kept the agent's payload), and the
 * SHA-256 idempotency digest. {@code storeBefore} and {@code storeNow} are the whole CPU path of
 * one folded gzip window before and after the server began storing a valid gzip folded payload as
 * received. On a shared machine whose load drifts between benchmarks, {@code steps} is the one to
 * read: it runs every step back to back in each invocation and sums the nanoseconds of each
 * ({@link Steps}), so their shares see the same load.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar 'StoreWindowBenchmark'}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreWindowBenchmark {

  /** Distinct stacks of the window: the load generator's median, and its maximum. */
  @Param({"775", "3000"})
  public int stacks;

  private final ProfileDecoder decoder = new ProfileDecoder();
  private final IngestLimits limits = IngestLimits.defaults();
  private byte[] payload;
  private StackCounts decoded;

  /** Builds one window as an agent sends it. */
  @Setup
  public void setUp() throws IngestException {
    ServiceStacks service = ServiceStacks.generate("orders", 6_000, 20, 80, 20261205L);
    ServiceStacks.Window w = service.window(stacks, stacks * 3L, 1);
    payload = w.gzip();
    decoded = decoder.decode(payload, IngestFormat.FOLDED, limits).event(ProfileEvents.CPU);
    if (decoded.totalSamples() != w.samples()) {
      throw new IllegalStateException("window has " + decoded.totalSamples() + " samples, expected " + w.samples());
    }
    // What is stored per row, before and now: the docs quote these.
    System.out.printf("%n%d stacks: collapsed text %,d bytes, agent gzip %,d bytes, server re-encoded gzip %,d bytes%n",
        stacks, w.rawBytes(), payload.length, decoded.toFoldedGzip().length);
  }

  /** Gunzip, parse, canonicalise and count: needed to validate the window and read its totals. */
  @Benchmark
  public DecodedProfile decode() throws IngestException {
    return decoder.decode(payload, IngestFormat.FOLDED, limits);
  }

  /** The decoded stacks written back as gzip folded text. */
  @Benchmark
  public byte[] reencode() {
    return decoded.toFoldedGzip();
  }

  /** The idempotency key's digest of the payload. */
  @Benchmark
  public byte[] digest() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(payload);
  }

  /** Before: decode, digest, re-encode stacks and lines. */
  @Benchmark
  public void storeBefore(Blackhole bh) throws IngestException, NoSuchAlgorithmException {
    DecodedProfile p = decode();
    bh.consume(digest());
    StackCounts s = p.event(ProfileEvents.CPU);
    LineCounts lines = p.lines(ProfileEvents.CPU);
    bh.consume(s.toFoldedGzip());
    bh.consume(lines.isEmpty() ? null : lines.toGzip());
  }

  /** Now: decode, digest, lines; the payload is stored as received. */
  @Benchmark
  public void storeNow(Blackhole bh) throws IngestException, NoSuchAlgorithmException {
    DecodedProfile p = decode();
    bh.consume(digest());
    LineCounts lines = p.lines(ProfileEvents.CPU);
    bh.consume(lines.isEmpty() ? null : lines.toGzip());
    bh.consume(payload);
  }

  /** Nanoseconds per step summed over an iteration by {@link #steps}. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Steps {
    /** Gunzip, parse, canonicalise, count. */
    public long decodeNanos;
    /** SHA-256 of the body. */
    public long digestNanos;
    /** Line counts to gzip. */
    public long linesNanos;
    /** Stacks back to gzip folded text: the step storing the body as received removes. */
    public long reencodeNanos;

    /** Counters restart every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      decodeNanos = 0;
      digestNanos = 0;
      linesNanos = 0;
      reencodeNanos = 0;
    }
  }

  /** Every step of {@code storeBefore} back to back, each timed; see {@link Steps}. */
  @Benchmark
  public void steps(Steps steps, Blackhole bh) throws IngestException, NoSuchAlgorithmException {
    long t0 = System.nanoTime();
    DecodedProfile p = decode();
    long t1 = System.nanoTime();
    bh.consume(digest());
    long t2 = System.nanoTime();
    LineCounts lines = p.lines(ProfileEvents.CPU);
    bh.consume(lines.isEmpty() ? null : lines.toGzip());
    long t3 = System.nanoTime();
    bh.consume(p.event(ProfileEvents.CPU).toFoldedGzip());
    long t4 = System.nanoTime();
    steps.decodeNanos += t1 - t0;
    steps.digestNanos += t2 - t1;
    steps.linesNanos += t3 - t2;
    steps.reencodeNanos += t4 - t3;
  }
}
