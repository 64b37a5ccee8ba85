package dev.flamefix.collector.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.ProfileEvents;
import dev.flamefix.collector.ingest.StackCounts;
import dev.flamefix.collector.window.StackWindow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HotspotRankerTest {

  private static final String PKG = "dev/flamefix/examples/orders/";

  private static StackCounts folded(String text) throws Exception {
    return new ProfileDecoder()
        .decode(text.getBytes(StandardCharsets.UTF_8), IngestFormat.FOLDED, IngestLimits.defaults())
        .event(ProfileEvents.CPU);
  }

  /**
   * A window like the example service's: four anti-patterns deep in JDK code, plus GC (one of
   * whose samples is given to a cold application method instead); the total is the sum of the
   * arguments.
   */
  private static StackCounts exampleWindow(int render, int contains, int regex, int boxed, int gc)
      throws Exception {
    String main = "java/lang/Thread.run;" + PKG + "OrderService.main;" + PKG + "OrderService.runRound;";
    return folded(
        main + PKG + "OrderAnalytics.renderReport;java/lang/StringConcatHelper.simpleConcat;"
            + "java/util/Arrays.copyOf;[unknown] " + render + "\n"
            + main + PKG + "OrderAnalytics.countKnownCustomers;java/util/ArrayList.contains;"
            + "java/util/ArrayList.indexOfRange;java/lang/String.equals " + contains + "\n"
            + main + PKG + "OrderAnalytics.countValidSkus;java/lang/String.matches;"
            + "java/util/regex/Pattern.compile;java/util/regex/Pattern.<init> " + regex + "\n"
            + main + PKG + "OrderAnalytics.totalCents;java/lang/Long.valueOf " + boxed / 2 + "\n"
            + main + PKG + "OrderAnalytics.totalCents " + (boxed - boxed / 2) + "\n"
            + "clone3;start_thread;G1ParScanThreadState::trim_queue " + (gc - 1) + "\n"
            + main + PKG + "Order.id 1\n");
  }

  @Test
  void ranksApplicationMethodsByAttributedSelfShare() throws Exception {
    HotspotRanker ranker =
        new HotspotRanker(Attribution.builder().applicationPackages("dev.flamefix.examples").build());

    List<Hotspot> hotspots = ranker.rank(exampleWindow(400, 250, 150, 100, 100));

    assertThat(hotspots)
        .extracting(Hotspot::qualifiedName)
        .containsExactly(
            "dev.flamefix.examples.orders.OrderAnalytics#renderReport",
            "dev.flamefix.examples.orders.OrderAnalytics#countKnownCustomers",
            "dev.flamefix.examples.orders.OrderAnalytics#countValidSkus",
            "dev.flamefix.examples.orders.OrderAnalytics#totalCents");
    Hotspot top = hotspots.get(0);
    assertThat(top.className()).isEqualTo("dev.flamefix.examples.orders.OrderAnalytics");
    assertThat(top.methodName()).isEqualTo("renderReport");
    assertThat(top.selfSamples()).isEqualTo(400);
    // GC samples are charged to no method but stay in the denominator: 400 of 1000.
    assertThat(top.selfShare()).isCloseTo(0.4, within(1e-9));
    assertThat(hotspots.get(3).selfSamples()).isEqualTo(100);
    // Order.id has 1 sample in 1000: below the default 2% minimum share.
    assertThat(hotspots).noneMatch(h -> h.methodName().equals("id"));
  }

  @Test
  void totalShareCountsEachSampleOnceEvenWhenRecursive() throws Exception {
    StackCounts s = folded("com/acme/A.f;com/acme/A.f;com/acme/A.f;com/acme/B.g 10\ncom/acme/A.f 10\n");
    List<Hotspot> h = new HotspotRanker(Attribution.defaults()).rank(s);
    Hotspot f = h.stream().filter(x -> x.methodName().equals("f")).findFirst().orElseThrow();
    assertThat(f.totalSamples()).isEqualTo(20);
    assertThat(f.totalShare()).isCloseTo(1.0, within(1e-9));
    assertThat(f.selfSamples()).isEqualTo(10);
  }

  @Test
  void minShareIsConfigurable() throws Exception {
    StackWindow w = window(0, exampleWindow(400, 250, 150, 100, 100));
    assertThat(new HotspotRanker(Attribution.defaults(), 0.2).rankWindows(List.of(w)))
        .extracting(Hotspot::methodName)
        .containsExactly("renderReport", "countKnownCustomers");
    assertThat(new HotspotRanker(Attribution.defaults(), 0.0).rankWindows(List.of(w)))
        .extracting(Hotspot::methodName)
        .contains("id");
  }

  @Test
  void trendAcrossWindows() throws Exception {
    List<StackWindow> windows =
        List.of(
            window(2, exampleWindow(500, 100, 200, 100, 100)),
            window(0, exampleWindow(200, 100, 400, 100, 200)),
            window(1, exampleWindow(350, 100, 300, 100, 150)));

    Map<String, Hotspot> byMethod = new java.util.HashMap<>();
    new HotspotRanker(Attribution.defaults()).rankWindows(windows)
        .forEach(h -> byMethod.put(h.methodName(), h));

    Hotspot render = byMethod.get("renderReport");
    // Windows are put in time order: 200/1000, 350/1000, 500/1000.
    assertThat(render.windowShares()).containsExactly(0.2, 0.35, 0.5);
    assertThat(render.slope()).isCloseTo(0.15, within(1e-9));
    assertThat(render.trend()).isEqualTo(Trend.GROWING);
    assertThat(byMethod.get("countValidSkus").trend()).isEqualTo(Trend.SHRINKING);
    assertThat(byMethod.get("countKnownCustomers").trend()).isEqualTo(Trend.STABLE);
    assertThat(render.selfShare()).isCloseTo(1050.0 / 3000, within(1e-9));
  }

  @Test
  void singleWindowIsStable() throws Exception {
    Hotspot h = new HotspotRanker(Attribution.defaults()).rank(exampleWindow(10, 0, 0, 0, 1)).get(0);
    assertThat(h.trend()).isEqualTo(Trend.STABLE);
    assertThat(h.windowShares()).hasSize(1);
  }

  @Test
  void emptyProfileHasNoHotspots() {
    assertThat(new HotspotRanker(Attribution.defaults()).rank(StackCounts.empty())).isEmpty();
  }

  private static StackWindow window(int index, StackCounts stacks) {
    long start = 1_700_000_000_000L + index * 10_000L;
    return new StackWindow(
        "orders", Map.of(), ProfileEvents.CPU, 42, "host", Duration.ofMillis(10), start,
        start + 10_000, stacks);
  }
}
