package dev.flamefix.server.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flame graph endpoints under the default ingest limits, where stacks can be very deep. */
class FlameGraphJsonTest {

  @TempDir static Path dataDir;
  static TestServer server;
  static final long T0 = System.currentTimeMillis() / 1000 - 600;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aStackAsDeepAsTheDefaultLimitIsServedAndPlainGraphsCarryNoDelta() {
    StringBuilder stack = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      stack.append(i == 0 ? "" : ";").append("com.acme.deep.Level").append(i).append(".call");
    }
    HttpResponse<String> r =
        server.ingest(ShopProfiles.query("deep", T0), (stack + " 7\n").getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);

    HttpResponse<String> graph =
        server.get("/api/apps/deep/flamegraph?from=" + T0 + "&to=" + (T0 + 10));
    assertThat(graph.statusCode()).as(graph.body()).isEqualTo(200);
    assertThat(graph.body()).doesNotContain("\"delta\"").contains("com.acme.deep.Level1999.call");
    // One chain: root plus 2000 nested frames, counted in the text because a Jackson reader would
    // stop at its default nesting limit long before (which is why the server does not use Jackson
    // to write these).
    assertThat(graph.body().split("\\{\"name\":", -1)).hasSize(2002);

    HttpResponse<String> diff = server.get("/api/apps/deep/flamegraph/diff?baseFrom=" + (T0 - 20)
        + "&baseTo=" + (T0 - 10) + "&from=" + T0 + "&to=" + (T0 + 10));
    assertThat(diff.statusCode()).as(diff.body()).isEqualTo(200);
    assertThat(diff.body()).contains("\"delta\":");
  }
}
