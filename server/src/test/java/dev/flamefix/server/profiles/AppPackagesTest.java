package dev.flamefix.server.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flamefix.apps.<app>.packages} decides which frames are the application's, per app. */
class AppPackagesTest {

  @TempDir Path dataDir;

  @Test
  void configuredPackagesChangeTheAttributionOfThatAppOnly() {
    long t0 = System.currentTimeMillis() / 1000 - 120;
    // Only Checkout counts as "ours" for app narrow: Pricing and Report are charged to its handle().
    try (TestServer server =
        TestServer.h2(dataDir, Map.of("flamefix.apps.narrow.packages", "com.acme.shop.Checkout"))) {
      server.ingest(ShopProfiles.query("narrow", t0), TestServer.gzip(ShopProfiles.BASE));
      server.ingest(ShopProfiles.query("wide", t0), TestServer.gzip(ShopProfiles.BASE));

      JsonNode narrow = server.getJson("/api/apps/narrow/hotspots?from=now-10m");
      assertThat(narrow.get("applicationPackages").get(0).asText()).isEqualTo("com.acme.shop.Checkout");
      assertThat(narrow.get("hotspots")).hasSize(1);
      assertThat(narrow.get("hotspots").get(0).get("method").asText())
          .isEqualTo("com.acme.shop.Checkout#handle");
      assertThat(narrow.get("hotspots").get(0).get("selfShare").asDouble()).isEqualTo(1.0);

      JsonNode wide = server.getJson("/api/apps/wide/hotspots?from=now-10m");
      assertThat(wide.get("applicationPackages")).isEmpty();
      assertThat(wide.get("hotspots").get(0).get("method").asText())
          .isEqualTo("com.acme.shop.Pricing#slowTotal");
    }
  }
}
