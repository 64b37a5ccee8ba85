package dev.flamefix.server.hotlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/apps/{app}/hotlines} over stored line counts and the registered source root. */
class HotLinesApiTest {
  @TempDir Path dataDir;

  static String path(String app) {
    return "/api/apps/" + app + "/hotlines?from=now-1h&method="
        + URLEncoder.encode(HotLinesFixture.METHOD, StandardCharsets.UTF_8);
  }

  @Test
  void aHotMethodsSourceCarriesEachLinesShareAndTheHotspotStaysOneFrame() throws Exception {
    HotLinesFixture p = HotLinesFixture.create();
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      p.load(server);

      JsonNode v = server.getJson(path(HotLinesFixture.APP));
      assertThat(v.get("method").asText()).isEqualTo(HotLinesFixture.METHOD);
      assertThat(v.get("file").asText()).isEqualTo("dev/flamefix/examples/orders/OrderAnalytics.java");
      assertThat(v.get("samples").asLong()).isEqualTo(100);
      Map<Integer, JsonNode> byLine = new HashMap<>();
      v.get("lines").forEach(l -> byLine.put(l.get("line").asInt(), l));
      assertThat(byLine).containsKeys(p.loopLine(), p.concatLine(), p.returnLine());
      JsonNode concat = byLine.get(p.concatLine());
      assertThat(concat.get("text").asText()).contains("report += o.id()");
      assertThat(concat.get("share").asDouble()).isEqualTo(0.7);
      assertThat(concat.get("hot").asBoolean()).isTrue();
      assertThat(byLine.get(p.returnLine()).get("share").asDouble()).isEqualTo(0.1);
      // The declaration line has no samples and is not hot.
      JsonNode first = v.get("lines").get(0);
      assertThat(first.get("text").asText()).contains("public String renderReport(");
      assertThat(first.get("samples").asLong()).isZero();
      assertThat(first.get("hot").asBoolean()).isFalse();

      // Line numbers never split a frame: the hotspot is the method, with all 100 samples.
      JsonNode hotspots = server.getJson("/api/apps/" + HotLinesFixture.APP + "/hotspots?from=now-1h");
      assertThat(hotspots.get("hotspots").get(0).get("method").asText()).isEqualTo(HotLinesFixture.METHOD);
      assertThat(hotspots.get("hotspots").get(0).get("selfShare").asDouble()).isEqualTo(1.0);
    }
  }

  @Test
  void withoutARegisteredSourceRootTheAnswerIs404() throws Exception {
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      server.ingest(ShopProfiles.query("bare", System.currentTimeMillis() / 1000 - 60),
          HotLinesFixture.create().folded().getBytes(StandardCharsets.UTF_8));
      var r = server.get(path("bare"));
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).contains("no_source_root");
    }
  }
}
