package dev.flamefix.collector.ingest;

import static dev.flamefix.collector.ingest.TestPayloads.gzip;
import static dev.flamefix.collector.ingest.TestPayloads.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class HostileInputTest {

  private final ProfileDecoder decoder = new ProfileDecoder();

  private AbstractThrowableAssert<?, ? extends Throwable> refused(
      byte[] body, IngestFormat format, IngestLimits limits, String reason) {
    return assertThatThrownBy(() -> decoder.decode(body, format, limits))
        .isInstanceOf(IngestException.class)
        .satisfies(e -> assertThat(((IngestException) e).reason()).isEqualTo(reason));
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refusedFolded(String text, String reason) {
    return refused(utf8(text), IngestFormat.FOLDED, IngestLimits.defaults(), reason);
  }

  @Test
  void lineWithoutCountNamesItsLine() {
    refusedFolded("a;b 1\na;b;c\n", IngestException.MALFORMED).hasMessageContaining("line 2");
  }

  @Test
  void countThatIsNotANumber() {
    refusedFolded("a;b 1\n\na;b x1\n", IngestException.MALFORMED).hasMessageContaining("line 3");
    refusedFolded("a;b -1\n", IngestException.MALFORMED).hasMessageContaining("line 1");
  }

  @Test
  void countTooLargeForALong() {
    refusedFolded("a;b 99999999999999999999999\n", IngestException.MALFORMED)
        .hasMessageContaining("line 1")
        .hasMessageContaining("too large");
  }

  @Test
  void emptyFrameOrNoFrames() {
    refusedFolded("a;;b 1\n", IngestException.MALFORMED)
        .hasMessageContaining("line 1")
        .hasMessageContaining("frame 2 is empty");
    refusedFolded("   5\n", IngestException.MALFORMED).hasMessageContaining("line 1");
  }

  @Test
  void binaryGarbageAsFolded() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[garbage.length - 2] = ' ';
    garbage[garbage.length - 1] = '7'; // even ending like a count does not let it through
    refused(garbage, IngestFormat.FOLDED, IngestLimits.defaults(), IngestException.MALFORMED);
  }

  @Test
  void jfrSentAsFoldedSaysSo() throws Exception {
    refused(Recordings.jdkJfr(), IngestFormat.FOLDED, IngestLimits.defaults(), IngestException.MALFORMED)
        .hasMessageContaining("format=jfr");
  }

  @Test
  void oneBadLineRefusesTheWholePayload() {
    // Partial acceptance would make a retry double-count the good lines.
    refusedFolded("a;b 1\na;c 2\nbroken\n", IngestException.MALFORMED)
        .hasMessageContaining("line 3");
  }

  @Test
  void truncatedGzip() {
    byte[] gz = gzip("main;work;leaf 3\n".repeat(1000));
    byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
    refused(truncated, IngestFormat.FOLDED, IngestLimits.defaults(), IngestException.BAD_GZIP)
        .hasMessageContaining("truncated");
  }

  @Test
  void corruptGzip() {
    byte[] gz = gzip("main;work;leaf 3\n".repeat(1000));
    for (int i = 20; i < 60; i++) {
      gz[i] = (byte) 0xff;
    }
    refused(gz, IngestFormat.FOLDED, IngestLimits.defaults(), IngestException.BAD_GZIP);
  }

  @Test
  void oversizedPayloadAsItArrives() {
    IngestLimits small = IngestLimits.builder().maxCompressedBytes(1000).build();
    refused(new byte[1001], IngestFormat.FOLDED, small, IngestException.TOO_LARGE)
        .hasMessageContaining("1001 bytes")
        .hasMessageContaining("1000");
  }

  @Test
  void oversizedUncompressedPayload() {
    IngestLimits small = IngestLimits.builder().maxDecompressedBytes(1000).build();
    refused(utf8("a;b 1\n".repeat(200)), IngestFormat.FOLDED, small, IngestException.TOO_LARGE);
  }

  @Test
  void gzipBombIsRefusedWithoutInflatingIt() throws Exception {
    byte[] bomb = bomb(256L << 20); // 256 MiB of valid lines, well under 1 MiB compressed
    assertThat(bomb.length).isLessThan(1 << 20);
    IngestLimits limits = IngestLimits.builder().maxDecompressedBytes(4L << 20).build();

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    refused(bomb, IngestFormat.FOLDED, limits, IngestException.TOO_LARGE)
        .hasMessageContaining("gzip bomb");
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // Bounded by the limit (buffer doubling up to it), not by the 256 MiB the bomb expands to.
    assertThat(allocated).isLessThan(32L << 20);
  }

  @Test
  void gzipBombOfZerosIsRefusedAtTheFirstByte() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(new byte[64 << 20]);
    }
    refused(out.toByteArray(), IngestFormat.FOLDED, IngestLimits.defaults(), IngestException.MALFORMED)
        .hasMessageContaining("line 1")
        .hasMessageContaining("control character 0x0");
  }

  @Test
  void gzipBombIsRefusedUnderDefaultLimitsToo() throws Exception {
    refused(bomb(128L << 20), IngestFormat.FOLDED, IngestLimits.defaults(), IngestException.TOO_LARGE);
  }

  @Test
  void jfrShapedGzipBombIsRefusedWhileStreaming() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(new byte[] {'F', 'L', 'R', 0});
      gz.write(new byte[64 << 20]);
    }
    IngestLimits limits = IngestLimits.builder().maxDecompressedBytes(4L << 20).build();
    refused(out.toByteArray(), IngestFormat.JFR, limits, IngestException.TOO_LARGE)
        .hasMessageContaining("gzip bomb");
  }

  @Test
  void veryDeepStack() {
    String deep = "f;".repeat(5000) + "leaf 1\n";
    refusedFolded("a;b 1\n" + deep, IngestException.TOO_DEEP)
        .hasMessageContaining("line 2")
        .hasMessageContaining(String.valueOf(IngestLimits.DEFAULT_MAX_STACK_DEPTH));
  }

  @Test
  void stackAtTheDepthLimitIsAccepted() throws Exception {
    IngestLimits limits = IngestLimits.builder().maxStackDepth(100).build();
    String atLimit = "f;".repeat(99) + "leaf 1\n";
    assertThat(decoder.decode(utf8(atLimit), IngestFormat.FOLDED, limits).totalSamples())
        .isEqualTo(1);
    refused(utf8("f;" + atLimit), IngestFormat.FOLDED, limits, IngestException.TOO_DEEP);
  }

  @Test
  void frameTooLong() {
    refusedFolded("a;" + "x".repeat(5000) + " 1\n", IngestException.FRAME_TOO_LONG)
        .hasMessageContaining("line 1")
        .hasMessageContaining("frame 2");
  }

  @Test
  void millionsOfDistinctStacksAreRefusedAtTheLimitWithoutReadingTheRest() throws Exception {
    int limit = IngestLimits.DEFAULT_MAX_DISTINCT_STACKS;
    // 2 million distinct stacks, ~40 MB of text, 10x the default limit; and just one too many.
    byte[] huge = distinctStacks(2_000_000);
    byte[] justOver = distinctStacks(limit + 1);
    long justOverBytes = allocatedWhileRefusing(justOver, limit);
    long hugeBytes = allocatedWhileRefusing(huge, limit);
    // Work (measured as allocation, which does not depend on machine load) stops at the limit:
    // the 1.8 million lines past it cost nothing, so both payloads cost about the same.
    assertThat(hugeBytes).isLessThan(justOverBytes * 3 / 2);
  }

  private long allocatedWhileRefusing(byte[] body, int limit) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    refused(body, IngestFormat.FOLDED, IngestLimits.defaults(), IngestException.TOO_MANY_STACKS)
        .hasMessageContaining("line " + (limit + 1))
        .hasMessageContaining(String.valueOf(limit));
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static byte[] distinctStacks(int lines) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(lines * 24);
    for (int i = 0; i < lines; i++) {
      raw.writeBytes(("main;s" + i + " 1\n").getBytes(StandardCharsets.US_ASCII));
    }
    return gzip(raw.toByteArray());
  }

  @Test
  void tooManyDistinctFrames() {
    IngestLimits limits = IngestLimits.builder().maxDistinctFrames(1000).build();
    StringBuilder line = new StringBuilder("main");
    for (int i = 0; i < 1500; i++) {
      line.append(";f").append(i);
    }
    refused(utf8(line + " 1\n"), IngestFormat.FOLDED, limits, IngestException.TOO_MANY_FRAMES);
  }

  @Test
  void binaryGarbageAsJfr() {
    byte[] garbage = new byte[8192];
    new Random(7).nextBytes(garbage);
    refused(garbage, IngestFormat.JFR, IngestLimits.defaults(), IngestException.BAD_JFR)
        .hasMessageContaining("FLR");
    byte[] withMagic = garbage.clone();
    withMagic[0] = 'F';
    withMagic[1] = 'L';
    withMagic[2] = 'R';
    withMagic[3] = 0;
    refused(withMagic, IngestFormat.JFR, IngestLimits.defaults(), IngestException.BAD_JFR);
  }

  @Test
  void truncatedJfr() throws Exception {
    byte[] jfr = Recordings.jdkJfr();
    refused(Arrays.copyOf(jfr, jfr.length / 2), IngestFormat.JFR, IngestLimits.defaults(),
        IngestException.BAD_JFR);
  }

  /**
   * JFR has no checksum, so a flipped byte may land where the JDK parser cannot notice it. The
   * decoder's contract is then: refused with a documented reason, or decoded into stacks that
   * respect every limit. Truncating the recording always loses the end of its chunk, which the
   * parser does notice.
   */
  @Test
  void mangledJfrIsRefusedWithADocumentedReasonOrDecodesWithinTheLimits() throws Exception {
    byte[] jfr = Recordings.asyncProfilerJfr();
    IngestLimits limits = IngestLimits.defaults();
    Set<String> documented = Set.of(IngestException.BAD_JFR, IngestException.TOO_DEEP,
        IngestException.TOO_MANY_STACKS, IngestException.TOO_MANY_FRAMES,
        IngestException.FRAME_TOO_LONG, IngestException.TOO_LARGE);
    Random random = new Random(12345);
    int refused = 0;
    int decoded = 0;
    for (int round = 0; round < 60; round++) {
      byte[] mangled = jfr.clone();
      boolean truncated = round % 3 == 0;
      if (truncated) {
        mangled = Arrays.copyOf(mangled, 4 + random.nextInt(mangled.length - 4));
      }
      int flips = 1 + random.nextInt(32);
      for (int i = 0; i < flips; i++) {
        mangled[4 + random.nextInt(mangled.length - 4)] = (byte) random.nextInt(256);
      }
      String what = "round " + round + (truncated ? " (truncated)" : "");
      try {
        DecodedProfile profile = decoder.decode(mangled, IngestFormat.JFR, limits);
        assertThat(truncated).as(what + " decoded a truncated recording").isFalse();
        assertWithinLimits(profile, limits, what);
        decoded++;
      } catch (IngestException e) {
        assertThat(e.reason()).as(what).isIn(documented);
        assertThat(e.getMessage()).as(what).isNotBlank();
        refused++;
      } catch (Throwable t) {
        fail(what + " escaped as " + t, t);
      }
    }
    assertThat(refused).as("refused rounds").isGreaterThanOrEqualTo(20);
    System.out.println("mangled JFR: " + refused + " refused, " + decoded + " decoded within limits");
  }

  private static void assertWithinLimits(DecodedProfile profile, IngestLimits limits, String what) {
    assertThat(ProfileEvents.ALL).as(what).containsAll(profile.eventNames());
    for (String event : profile.eventNames()) {
      StackCounts stacks = profile.event(event);
      assertThat(stacks.distinctStacks()).as(what).isBetween(1, limits.maxDistinctStacks());
      stacks.forEach((frames, count) -> {
        assertThat(count).as(what).isPositive();
        assertThat(frames.size()).as(what).isBetween(1, limits.maxStackDepth());
        for (String frame : frames) {
          assertThat(frame).as(what).isNotEmpty();
          assertThat(frame.getBytes(StandardCharsets.UTF_8).length).as(what)
              .isLessThanOrEqualTo(limits.maxFrameLength());
        }
      });
    }
  }

  @Test
  void jfrStacksDeeperThanTheLimit() throws Exception {
    IngestLimits shallow = IngestLimits.builder().maxStackDepth(3).build();
    refused(Recordings.jdkJfr(), IngestFormat.JFR, shallow, IngestException.TOO_DEEP)
        .hasMessageContaining("more than the limit of 3");
  }

  @Test
  void jfrWithTooManyDistinctStacks() throws Exception {
    IngestLimits few = IngestLimits.builder().maxDistinctStacks(2).build();
    refused(Recordings.jdkJfr(), IngestFormat.JFR, few, IngestException.TOO_MANY_STACKS);
  }

  @Test
  void unknownFormatName() {
    assertThatThrownBy(() -> IngestFormat.parse("pprof"))
        .isInstanceOf(IngestException.class)
        .satisfies(
            e -> assertThat(((IngestException) e).reason()).isEqualTo(IngestException.UNSUPPORTED_FORMAT));
  }

  /** gzip of {@code n} bytes of one valid line repeated: it parses fine until the size limit. */
  private static byte[] bomb(long n) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] block = "main;work;leaf 1\n".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      for (long written = 0; written < n; written += block.length) {
        gz.write(block);
      }
    }
    return out.toByteArray();
  }
}
