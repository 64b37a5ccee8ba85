package dev.flamefix.collector.ingest;

import static dev.flamefix.collector.ingest.TestPayloads.gzip;
import static dev.flamefix.collector.ingest.TestPayloads.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.collector.tree.CallTree;
import dev.flamefix.collector.tree.FlameGraphs;
import dev.flamefix.collector.window.StackWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ingest path as the server runs it (decode, then merge into what is stored): refused payloads
 * between good ones change nothing that was accepted.
 */
class NothingAcceptedIsLostTest {

  @Test
  void refusedPayloadsLeaveEarlierWindowsIntact() throws Exception {
    ProfileDecoder decoder = new ProfileDecoder();
    IngestLimits limits =
        IngestLimits.builder().maxStackDepth(50).maxDistinctStacks(1000).build();
    CallTree tree = new CallTree();
    List<StackWindow> stored = new ArrayList<>();

    byte[] good1 = gzip("main;a;b 5\nmain;c 2\n");
    byte[] good2 = gzip("main;a;b 1\nmain;d 4\n");
    byte[] truncated = Arrays.copyOf(gzip("main;x 9\n".repeat(500)), 40);
    byte[] malformedAtEnd = utf8("main;a;b 100\nmain;c 100\nbroken line\n");
    byte[] deep = utf8("main;a;b 100\n" + "f;".repeat(60) + "g 1\n");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      many.append("main;a;s").append(i).append(" 1\n");
    }
    byte[] tooMany = gzip(many.toString());

    accept(decoder, limits, good1, tree, stored);
    String before = FlameGraphs.of(tree).toJson();
    for (byte[] bad : List.of(truncated, malformedAtEnd, deep, tooMany, utf8("\0\1\2 3\n"))) {
      assertThatThrownBy(() -> accept(decoder, limits, bad, tree, stored))
          .isInstanceOf(IngestException.class);
      assertThat(FlameGraphs.of(tree).toJson()).isEqualTo(before);
      assertThat(stored).hasSize(1);
    }
    accept(decoder, limits, good2, tree, stored);

    assertThat(tree.total()).isEqualTo(12);
    assertThat(tree.totalAt(List.of("main", "a", "b"))).isEqualTo(6);
    assertThat(tree.totalAt(List.of("main", "c"))).isEqualTo(2);
    assertThat(StackWindow.mergeAll(stored).stacks().totalSamples()).isEqualTo(12);
  }

  private static void accept(
      ProfileDecoder decoder, IngestLimits limits, byte[] body, CallTree tree, List<StackWindow> stored)
      throws IngestException {
    StackCounts stacks = decoder.decode(body, IngestFormat.FOLDED, limits).event(ProfileEvents.CPU);
    long start = stored.size() * 10_000L;
    stored.add(
        new StackWindow("app", Map.of(), ProfileEvents.CPU, 1, "h", Duration.ofMillis(10), start,
            start + 10_000, stacks));
    tree.addAll(stacks);
  }
}
