package dev.flamefix.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JfrDecodingTest {

  private static final String HOT = "dev.flamefix.collector.ingest.SampleWorkload.renderReport";
  private final ProfileDecoder decoder = new ProfileDecoder();

  @Test
  void readsJdkRecordingIntoCpuAllocAndLockEvents() throws Exception {
    DecodedProfile p =
        decoder.decode(Recordings.jdkJfr(), IngestFormat.JFR, IngestLimits.defaults());

    assertThat(p.eventNames()).contains(ProfileEvents.CPU, ProfileEvents.ALLOC, ProfileEvents.LOCK);
    StackCounts cpu = p.event(ProfileEvents.CPU);
    assertThat(cpu.totalSamples()).isGreaterThan(20);
    assertThat(shareOfWorkload(cpu, HOT)).isGreaterThan(0.5);
    // Root first: the thread entry is at index 0, the sampled method deeper.
    cpu.forEach(
        (frames, count) -> {
          if (frames.contains(HOT)) {
            assertThat(frames.indexOf(HOT)).isGreaterThan(frames.indexOf(
                "dev.flamefix.collector.ingest.SampleWorkload.burn"));
          }
        });
    // Allocation is weighted by bytes, so it sums to far more than the number of events.
    StackCounts alloc = p.event(ProfileEvents.ALLOC);
    assertThat(alloc.totalSamples()).isGreaterThan(alloc.distinctStacks() * 1000L);
    assertThat(shareOfWorkload(alloc, HOT)).isGreaterThan(0.5);
    StackCounts lock = p.event(ProfileEvents.LOCK);
    assertThat(contains(lock, "dev.flamefix.collector.ingest.SampleWorkload.holdLock")).isTrue();
  }

  @Test
  void readsAsyncProfilerRecording() throws Exception {
    DecodedProfile p =
        decoder.decode(Recordings.asyncProfilerJfr(), IngestFormat.JFR, IngestLimits.defaults());

    StackCounts cpu = p.event(ProfileEvents.CPU);
    assertThat(cpu.totalSamples()).isGreaterThan(20);
    assertThat(shareOfWorkload(cpu, HOT)).isGreaterThan(0.5);
    // Native frames are named by symbol alone, as in async-profiler's collapsed output.
    Set<String> frames = frames(cpu);
    assertThat(frames).noneMatch(f -> f.startsWith("libjvm.so."));
  }

  @Test
  void readsAsyncProfilerWallAndAllocationEvents() throws Exception {
    DecodedProfile p =
        decoder.decode(
            Recordings.asyncProfilerAllEventsJfr(), IngestFormat.JFR, IngestLimits.defaults());

    assertThat(p.eventNames())
        .contains(ProfileEvents.CPU, ProfileEvents.WALL, ProfileEvents.ALLOC);
    // Wall-clock samples cover sleeping threads too, not only the running workload.
    StackCounts wall = p.event(ProfileEvents.WALL);
    assertThat(wall.distinctStacks()).isGreaterThan(p.event(ProfileEvents.CPU).distinctStacks() / 10);
    assertThat(contains(wall, HOT)).isTrue();
    // Allocation weights are TLAB bytes (at least 64 KiB apart at alloc=64k).
    StackCounts alloc = p.event(ProfileEvents.ALLOC);
    assertThat(alloc.totalSamples()).isGreaterThan(alloc.distinctStacks() * 1024L);
    assertThat(shareOfWorkload(alloc, HOT)).isGreaterThan(0.5);
  }

  @Test
  void gzippedJfrIsReadToo() throws Exception {
    byte[] jfr = Recordings.asyncProfilerJfr();
    assertThat(decoder.decode(TestPayloads.gzip(jfr), IngestFormat.JFR, IngestLimits.defaults()))
        .isEqualTo(decoder.decode(jfr, IngestFormat.JFR, IngestLimits.defaults()));
  }

  @Test
  void javaFramesAreSpelledAlikeFromJfrAndCollapsed() throws Exception {
    Set<String> fromJfr =
        javaFramesOf(
            decoder
                .decode(Recordings.asyncProfilerJfr(), IngestFormat.JFR, IngestLimits.defaults())
                .event(ProfileEvents.CPU));
    Set<String> fromCollapsed =
        javaFramesOf(
            decoder
                .decode(
                    Recordings.asyncProfilerCollapsed(), IngestFormat.FOLDED, IngestLimits.defaults())
                .event(ProfileEvents.CPU));
    // The workload's own frames, the bulk of both profiles, are spelled the same.
    Set<String> ours = new HashSet<>();
    for (String f : fromCollapsed) {
      if (f.startsWith("dev.flamefix.collector.ingest.SampleWorkload")) {
        ours.add(f);
      }
    }
    assertThat(ours).contains(HOT);
    assertThat(fromJfr).containsAll(ours);
    // Hidden-class addresses (LambdaForm$MH.0x...) are gone from both sources.
    assertThat(fromJfr).noneMatch(f -> f.contains("0x"));
    assertThat(fromCollapsed).noneMatch(f -> f.contains("0x"));
  }

  private static Set<String> javaFramesOf(StackCounts s) {
    Set<String> out = new HashSet<>();
    for (String f : frames(s)) {
      if (FrameNames.isJavaMethod(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static Set<String> frames(StackCounts s) {
    Set<String> out = new HashSet<>();
    s.forEach((frames, count) -> out.addAll(frames));
    return out;
  }

  private static boolean contains(StackCounts s, String frame) {
    return frames(s).contains(frame);
  }

  /**
   * Share of the workload's samples (those under SampleWorkload.burn) that also hold {@code
   * frame}; unlike a share of all samples it does not depend on how busy JIT and GC threads were.
   */
  private static double shareOfWorkload(StackCounts s, String frame) {
    long[] in = {0, 0};
    s.forEach(
        (List<String> frames, long count) -> {
          if (frames.contains("dev.flamefix.collector.ingest.SampleWorkload.burn")) {
            in[1] += count;
            if (frames.contains(frame)) {
              in[0] += count;
            }
          }
        });
    assertThat(in[1]).as("samples of the workload").isGreaterThan(10);
    return (double) in[0] / in[1];
  }
}
