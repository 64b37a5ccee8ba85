package dev.flamefix.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.profiles.ProfileWindow;
import dev.flamefix.server.profiles.ProfileWindowRepository;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every database flamefix runs on must do: take the Flyway schema, store windows with all
 * their metadata, and give them back unchanged after the server restarts. Each subclass points the
 * server at one database (embedded H2, a real PostgreSQL, a Testcontainers PostgreSQL).
 */
abstract class PersistenceContract {

  /** Spring properties that point the server at the database under test. */
  protected abstract Map<String, Object> databaseProperties();

  @Test
  void windowsSurviveARestartWithTheirMetadata() {
    String app = "persist-" + UUID.randomUUID().toString().substring(0, 8);
    long t0 = System.currentTimeMillis() / 1000 - 600;
    String range = "from=" + t0 + "&to=" + (t0 + 30);

    String hottestBefore;
    try (TestServer server = TestServer.start(databaseProperties())) {
      assertThat(server.ingest(ShopProfiles.query(app, t0), TestServer.gzip(ShopProfiles.BASE)).statusCode())
          .isEqualTo(200);
      assertThat(server.ingest(ShopProfiles.query(app, t0 + 10), TestServer.gzip(ShopProfiles.LATER)).statusCode())
          .isEqualTo(200);
      hottestBefore = hottest(server, app, range);
      assertThat(hottestBefore).isEqualTo("com.acme.shop.Report#render");
    }

    try (TestServer server = TestServer.start(databaseProperties())) {
      JsonNode summary = server.getJson("/api/apps/" + app);
      assertThat(summary.get("windows").asLong()).isEqualTo(2);
      assertThat(summary.get("samples").asLong()).isEqualTo(200);
      assertThat(server.getJson("/api/apps/" + app + "/flamegraph?" + range).get("value").asLong())
          .isEqualTo(200);
      assertThat(hottest(server, app, range)).isEqualTo(hottestBefore);

      List<ProfileWindow> stored =
          server.context()
              .getBean(ProfileWindowRepository.class)
              .find(app, "cpu", t0 * 1000, (t0 + 30) * 1000, 100);
      assertThat(stored).hasSize(2);
      ProfileWindow first = stored.get(0);
      assertThat(first.labels()).isEqualTo("env=test");
      assertThat(first.pid()).isEqualTo("42");
      assertThat(first.host()).isEqualTo("h1");
      assertThat(first.startMs()).isEqualTo(t0 * 1000);
      assertThat(first.endMs()).isEqualTo((t0 + 10) * 1000);
      assertThat(first.sampleRate()).isEqualTo(100);
      assertThat(first.units()).isEqualTo("samples");
      assertThat(first.spyName()).isEqualTo("flamefix");
      assertThat(first.stacks()).isEqualTo(3);

      // The restarted server keeps accepting into the same store.
      assertThat(server.ingest(ShopProfiles.query(app, t0 + 20), TestServer.gzip(ShopProfiles.BASE)).statusCode())
          .isEqualTo(200);
      assertThat(server.getJson("/api/apps/" + app).get("windows").asLong()).isEqualTo(3);
    }
  }

  private static String hottest(TestServer server, String app, String range) {
    return server
        .getJson("/api/apps/" + app + "/hotspots?" + range)
        .get("hotspots")
        .get(0)
        .get("method")
        .asText();
  }
}
