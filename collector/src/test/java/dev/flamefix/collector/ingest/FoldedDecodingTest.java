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
  void readsRealAsyncProfilerCollapsedOutput() throws Exception {
    StackCounts s = folded(Recordings.asyncProfilerCollapsed());

    assertThat(s.totalSamples()).isGreaterThan(100);
    // The hot method is found under its dotted name even though async-profiler wrote slashes.
    long inHotMethod = 0;
    for (var e : s.asMap().entrySet()) {
      if (e.getKey().contains("dev.flamefix.collector.ingest.SampleWorkload.renderReport")) {
        inHotMethod += e.getValue();
      }
      assertThat(e.getKey()).noneMatch(f -> f.startsWith("dev/flamefix"));
    }
    assertThat(inHotMethod).isGreaterThan(s.totalSamples() / 5); // loose: JIT and GC threads too
  }
}
