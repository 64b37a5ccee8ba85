package dev.flamefix.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * flamefix's own agent ({@code agent/target/flamefix-agent.jar}, path from Maven's {@code
 * flamefix.agent.jar} property) profiles the example service in a child JVM, once from the start
 * ({@code -javaagent}) and once attached to the running process ({@code attach <pid>}); both times
 * the example's anti-pattern methods must come out as the top hotspots, and the ingest token must
 * travel with the windows.
 */
class FlamefixAgentEndToEndTest {

  static final String TOKEN = "e2e-token";

  @TempDir static Path dataDir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of("flamefix.ingest.token", TOKEN));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Path agentJar() {
    String path = System.getProperty("flamefix.agent.jar");
    assertThat(path)
        .as("system property flamefix.agent.jar (set by server/pom.xml's surefire configuration)")
        .isNotBlank();
    Path jar = Paths.get(path).toAbsolutePath().normalize();
    assertThat(Files.isRegularFile(jar))
        .as(jar + " is missing: build the agent first (mvn -pl server -am verify packages it)")
        .isTrue();
    return jar;
  }

  private static String options(String app) {
    return "server=" + server.baseUrl() + ",app=" + app + ",window=1s,interval=10ms,labels=env=e2e,token=" + TOKEN;
  }

  @Test
  void javaagentFromStartFindsTheAntiPatterns(@TempDir Path tmp) throws Exception {
    String app = "orders-javaagent";
    try (ExampleApp child =
        ExampleApp.start(
            List.of("-javaagent:" + agentJar() + "=" + options(app)),
            Map.of(),
            100_000,
            tmp.resolve("child.log"))) {
      JsonNode report = HotspotWait.awaitExpected(server, app, Duration.ofSeconds(180), child::output);
      assertThat(child.isAlive()).as(child.output()).isTrue();
      assertThat(report.get("hotspots").get(0).get("selfShare").asDouble()).isGreaterThanOrEqualTo(0.02);

      // The agent's JFR windows carry source lines: the top hotspot's source view has hot lines.
      new Api(server).expect(200, "PUT", "/api/apps/" + app + "/config", QuickPipeline.exampleConfig());
      String method = report.get("hotspots").get(0).get("method").asText();
      JsonNode lines = server.getJson("/api/apps/" + app + "/hotlines?from=now-1h&method="
          + URLEncoder.encode(method, StandardCharsets.UTF_8));
      assertThat(lines.get("samples").asLong()).isPositive();
      List<JsonNode> hot = new ArrayList<>();
      lines.get("lines").forEach(l -> { if (l.get("hot").asBoolean()) hot.add(l); });
      assertThat(hot).isNotEmpty().allSatisfy(l -> assertThat(l.get("share").asDouble()).isGreaterThanOrEqualTo(0.05));
    }
    assertThat(server.metric("flamefix_ingest_rejected_total", "reason=\"unauthorized\"")).isZero();
  }

  @Test
  void attachToARunningJvmFindsTheAntiPatterns(@TempDir Path tmp) throws Exception {
    String app = "orders-attach";
    try (ExampleApp child = ExampleApp.start(List.of(), Map.of(), 100_000, tmp.resolve("child.log"))) {
      child.awaitAttachable(60);
      List<String> cmd = new ArrayList<>();
      cmd.add(ExampleApp.javaBinary());
      cmd.add("-jar");
      cmd.add(agentJar().toString());
      cmd.add("attach");
      cmd.add(Long.toString(child.pid()));
      cmd.add(options(app));
      Path attachLog = tmp.resolve("attach.log");
      Process attach =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(attachLog.toFile()).start();
      assertThat(attach.waitFor(60, TimeUnit.SECONDS)).as("attach finished").isTrue();
      assertThat(attach.exitValue()).as(Files.readString(attachLog)).isZero();

      HotspotWait.awaitExpected(
          server, app, Duration.ofSeconds(180), () -> child.output() + "\nattach:\n" + readQuietly(attachLog));
      assertThat(child.isAlive()).as(child.output()).isTrue();
    }
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return "(unreadable: " + e + ")";
    }
  }
}
