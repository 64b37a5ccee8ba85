package dev.flamefix.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class LineCountsTest {

  private final ProfileDecoder decoder = new ProfileDecoder();

  private DecodedProfile folded(String text) throws IngestException {
    return decoder.decode(
        text.getBytes(StandardCharsets.UTF_8), IngestFormat.FOLDED, IngestLimits.defaults());
  }

  @Test
  void foldedLinesAreCountedPerMethodWhileFramesStayOneMethodOneFrame() throws Exception {
    DecodedProfile p =
        folded(
            "a.Main.main:10;a/Work.run:42_[j];java/lang/String.hashCode:100_[i] 5\n"
                + "a.Main.main:10;a/Work.run:43 3\n"
                + "a.Main.main:11;a/Work.run:42_[j] 2\n");

    StackCounts cpu = p.event(ProfileEvents.CPU);
    assertThat(cpu.asMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                List.of("a.Main.main", "a.Work.run", "java.lang.String.hashCode"), 5L,
                List.of("a.Main.main", "a.Work.run"), 5L));
    LineCounts lines = p.lines(ProfileEvents.CPU);
    assertThat(lines.lines("a.Work.run")).containsExactlyInAnyOrderEntriesOf(Map.of(42, 7L, 43, 3L));
    assertThat(lines.lines("a.Main.main")).containsExactlyInAnyOrderEntriesOf(Map.of(10, 8L, 11, 2L));
    assertThat(lines.lines("java.lang.String.hashCode")).containsExactlyInAnyOrderEntriesOf(Map.of(100, 5L));
  }

  @Test
  void foldedStacksWithoutLinesDecodeAsBeforeAndCountNoLine() throws Exception {
    DecodedProfile p = folded("a.Main.main;a/Work.run 5\nfoo::bar:12;a.Work.run 1\n");

    assertThat(p.lines()).isEmpty();
    assertThat(p.lines(ProfileEvents.CPU).isEmpty()).isTrue();
    // A C++ symbol keeps its ':12'-like text: only Java frames lose a line suffix.
    assertThat(p.event(ProfileEvents.CPU).count(List.of("foo::bar:12", "a.Work.run"))).isEqualTo(1);
  }

  @Test
  void aRecursiveMethodCountsOnceAtItsLeafMostLine() throws Exception {
    LineCounts lines = folded("a.F.f:5;a.F.f:5;a.F.f:7 4\n").lines(ProfileEvents.CPU);

    assertThat(lines.lines("a.F.f")).containsExactlyInAnyOrderEntriesOf(Map.of(7, 4L));
  }

  @Test
  void gzipFormRoundTripsAndMerges() {
    LineCounts a = LineCounts.builder().add("a.B.c", 3, 2).add("a.B.c", 4, 1).build();
    LineCounts b = LineCounts.builder().add("a.B.c", 3, 5).add("x.Y.z", 9, 1).build();

    assertThat(LineCounts.fromGzip(a.toGzip())).isEqualTo(a);
    assertThat(LineCounts.fromGzip(null)).isEqualTo(LineCounts.empty());
    LineCounts merged = LineCounts.mergeAll(List.of(a, b));
    assertThat(merged.lines("a.B.c")).containsExactlyInAnyOrderEntriesOf(Map.of(3, 7L, 4, 1L));
    assertThat(merged.methods()).containsExactly("a.B.c", "x.Y.z");
  }

  @Test
  void asyncProfilerJfrNamesTheHotLineOfTheHotMethod() throws Exception {
    DecodedProfile p =
        decoder.decode(Recordings.asyncProfilerJfr(), IngestFormat.JFR, IngestLimits.defaults());
    String method = "dev.flamefix.collector.ingest.SampleWorkload.renderReport";

    SortedMap<Integer, Long> lines = p.lines(ProfileEvents.CPU).lines(method);
    assertThat(lines).isNotEmpty();
    int hottest =
        lines.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/dev/flamefix/collector/ingest/SampleWorkload.java"));
    assertThat(source.get(hottest - 1)).contains("report +=");
    long sum = lines.values().stream().mapToLong(Long::longValue).sum();
    assertThat((double) lines.get(hottest) / sum).isGreaterThan(0.5);
  }
}
