package dev.flamefix.collector.ingest;

import static dev.flamefix.collector.ingest.TestPayloads.gzip;
import static dev.flamefix.collector.ingest.TestPayloads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedDecodingTest {

  private final ProfileDecoder decoder = new ProfileDecoder();
  private final IngestLimits limits = IngestLimits.defaults();

  private StackCounts folded(byte[] body) throws IngestException {
    return decoder.decode(body, IngestFormat.FOLDED, limits).event(ProfileEvents.CPU);
  }

  @Test
  void readsStacksRootFirstWithCounts() throws Exception {
    StackCounts s =
        folded(utf8("main;work;leaf 3\nmain;work 2\nmain;other;leaf 1\n"));

    assertThat(s.distinctStacks()).isEqualTo(3);
    assertThat(s.totalSamples()).isEqualTo(6);
    assertThat(s.count(List.of("main", "work", "leaf"))).isEqualTo(3);
    assertThat(s.count(List.of("main", "work"))).isEqualTo(2);
    assertThat(s.count(List.of("main", "other", "leaf"))).isEqualTo(1);
  }

  @Test
  void sumsRepeatedStacks() throws Exception {
    StackCounts s = folded(utf8("a;b 3\na;b 4\n"));
    assertThat(s.distinctStacks()).isEqualTo(1);
    assertThat(s.count(List.of("a", "b"))).isEqualTo(7);
  }

  @Test
  void detectsGzipByMagicBytesAndReadsTheSame() throws Exception {
    String text = "main;work;leaf 3\nmain;work 2\n";
    assertThat(folded(gzip(text))).isEqualTo(folded(utf8(text)));
  }

  @Test
  void toleratesCrlfBlankLinesTabsAndNoFinalNewline() throws Exception {
    StackCounts s = folded(utf8("\r\nmain;work 2\r\n\n  \nmain;work\t5"));
    assertThat(s.count(List.of("main", "work"))).isEqualTo(7);
  }

  @Test
  void emptyBodyIsAnEmptyProfile() throws Exception {
    DecodedProfile p = decoder.decode(new byte[0], IngestFormat.FOLDED, limits);
    assertThat(p.isEmpty()).isTrue();
    assertThat(p.event(ProfileEvents.CPU).isEmpty()).isTrue();
  }

  @Test
  void zeroCountsAreDropped() throws Exception {
    assertThat(folded(utf8("a;b 0\n")).isEmpty()).isTrue();
  }

  @Test
  void foldedStacksAreFiledUnderTheEventTheCallerNames() throws Exception {
    DecodedProfile p =
        decoder.decode(utf8("a;b 1\n"), IngestFormat.FOLDED, ProfileEvents.ALLOC, limits);
    assertThat(p.eventNames()).containsExactly(ProfileEvents.ALLOC);
  }

  @Test
  void javaFramesWithSlashesBecomeDottedAndAnnotationsAreDropped() throws Exception {
    StackCounts s =
        folded(
            utf8(
                "java/lang/Thread.run_[i];com/acme/Foo.bar_[j];java/util/Arrays.copyOf_[0];"
                    + "__memmove_avx_unaligned_erms;do_syscall_64_[k] 4\n"));
    assertThat(s.asMap().keySet())
        .containsExactly(
            List.of(
                "java.lang.Thread.run",
                "com.acme.Foo.bar",
                "java.util.Arrays.copyOf",
                "__memmove_avx_unaligned_erms",
                "do_syscall_64_[k]"));
  }

  @Test
  void spellingVariantsOfOneMethodMergeIntoOneStack() throws Exception {
    StackCounts s =
        folded(utf8("com/acme/Foo.bar 1\ncom.acme.Foo.bar 2\ncom/acme/Foo.bar_[j] 3\n"));
    assertThat(s.asMap()).containsExactly(java.util.Map.entry(List.of("com.acme.Foo.bar"), 6L));
  }

  @Test
  void toFoldedRoundTrips() throws Exception {
    StackCounts s = folded(utf8("main;work;leaf 3\nmain;[unknown];libc.so.6 2\n"));
    assertThat(folded(utf8(s.toFolded()))).isEqualTo(s);
    assertThat(folded(s.toFoldedGzip())).isEqualTo(s);
  }

  @Test
  void largePayloadsAcrossManyReadChunksMatchWhatWasWritten() throws Exception {
    // Lines of up to ~30 KB cross the parser's 64 KiB read chunks at every possible offset.
    java.util.Random r = new java.util.Random(99);
    java.util.Map<List<String>, Long> expected = new java.util.LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 3000; line++) {
      int depth = 1 + r.nextInt(r.nextInt(10) == 0 ? 300 : 40);
      List<String> stack = new java.util.ArrayList<>();
      for (int d = 0; d < depth; d++) {
        int kind = r.nextInt(4);
        String f =
            kind == 0
                ? "com/acme/p" + r.nextInt(5) + "/C" + r.nextInt(50) + ".m" + r.nextInt(20)
                : kind == 1
                    ? "native_fn_" + r.nextInt(30) + (r.nextBoolean() ? "_[k]" : "")
                    : kind == 2 ? "x".repeat(1 + r.nextInt(100)) : "Foo<int, long>::bar " + r.nextInt(9);
        stack.add(f);
      }
      long count = 1 + r.nextInt(1000);
      text.append(String.join(";", stack)).append(' ').append(count).append(r.nextBoolean() ? "\n" : "\r\n");
      List<String> canonical = new java.util.ArrayList<>();
      stack.forEach(f -> canonical.add(FrameNames.canonical(f)));
      expected.merge(canonical, count, Long::sum);
    }
    byte[] raw = utf8(text.toString());
    assertThat(raw.length).isGreaterThan(4 * (1 << 16));

    assertThat(folded(raw).asMap()).isEqualTo(expected);
    assertThat(folded(gzip(raw)).asMap()).isEqualTo(expected);
  }

  @Test
  void readsRealAsyncProfilerCollapsedOutput() throws Exception {
    StackCounts s = folded(Recordings.asyncProfilerCollapsed());

    assertThat(s.totalSamples()).isGreaterThan(100);
    // The hot method is found under its dotted name even though async-profiler wrote slashes,
    // and it is where the workload's time goes (other threads' share varies with machine load).
    long inWorkload = 0;
    long inHotMethod = 0;
    for (var e : s.asMap().entrySet()) {
      if (e.getKey().contains("dev.flamefix.collector.ingest.SampleWorkload.burn")) {
        inWorkload += e.getValue();
        if (e.getKey().contains("dev.flamefix.collector.ingest.SampleWorkload.renderReport")) {
          inHotMethod += e.getValue();
        }
      }
      assertThat(e.getKey()).noneMatch(f -> f.startsWith("dev/flamefix"));
    }
    assertThat(inWorkload).isGreaterThan(20);
    assertThat(inHotMethod).isGreaterThan(inWorkload / 2);
  }
}
