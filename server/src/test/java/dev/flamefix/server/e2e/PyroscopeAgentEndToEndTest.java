package dev.flamefix.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.TestServer;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unmodified Pyroscope Java agent ({@code io.pyroscope:agent} from Maven Central) pushes the
 * example service's profiles to flamefix's {@code /ingest}, configured only through its own
 * {@code PYROSCOPE_*} environment variables, in both of its format settings: {@code jfr} (its
 * default) and {@code collapsed}. Agent 2.x uploads multipart JFR either way; {@code collapsed}
 * names the series {@code app.itimer}. The example's anti-pattern methods must come out as the top
 * hotspots.
 */
class PyroscopeAgentEndToEndTest {

  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "format={0}")
  @ValueSource(strings = {"jfr", "collapsed"})
  void pyroscopeAgentPushesAndHotspotsAreTheAntiPatterns(String format, @TempDir Path tmp)
      throws Exception {
    String app = "orders-pyroscope-" + format;
    Map<String, String> env =
        Map.of(
            "PYROSCOPE_APPLICATION_NAME", app,
            "PYROSCOPE_SERVER_ADDRESS", server.baseUrl(),
            "PYROSCOPE_FORMAT", format,
            "PYROSCOPE_UPLOAD_INTERVAL", "2s",
            "PYROSCOPE_PROFILER_EVENT", "itimer",
            "PYROSCOPE_LABELS", "env=e2e",
            "PYROSCOPE_LOG_LEVEL", "info");
    try (ExampleApp child =
        ExampleApp.start(
            List.of("-javaagent:" + pyroscopeAgentJar()), env, 100_000, tmp.resolve("child.log"))) {
      JsonNode report =
          HotspotWait.awaitExpected(server, app, Duration.ofSeconds(180), child::output);
      assertThat(child.isAlive()).as(child.output()).isTrue();
      for (JsonNode h : report.get("hotspots")) {
        assertThat(h.get("selfShare").asDouble()).isGreaterThanOrEqualTo(0.02);
      }
      JsonNode summary = server.getJson("/api/apps/" + app);
      assertThat(summary.get("events").toString()).contains("cpu");
      // Agent 2.x uploads a multipart JFR recording in both modes; "collapsed" only changes the
      // series name to app.itimer, which must land under the plain app name.
      assertThat(server.metric("flamefix_ingest_windows_total", "app=\"" + app + "\"", "format=\"jfr\""))
          .isPositive();
      assertThat(server.get("/api/apps/" + app + ".itimer").statusCode()).isEqualTo(404);
    }
  }

  /** The Pyroscope agent jar as Maven resolved it onto the test class path. */
  static Path pyroscopeAgentJar() throws Exception {
    URL url =
        PyroscopeAgentEndToEndTest.class
            .getClassLoader()
            .getResource("io/pyroscope/javaagent/PyroscopeAgent.class");
    assertThat(url).as("io.pyroscope:agent on the test class path").isNotNull();
    JarURLConnection jar = (JarURLConnection) url.openConnection();
    return Paths.get(jar.getJarFileURL().toURI());
  }
}
