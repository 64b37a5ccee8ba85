package dev.flamefix.deploy;

import static dev.flamefix.deploy.Chart.container;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.kb.KnowledgeBaseSettings;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.server.FlamefixServerApplication;
import io.fabric8.kubernetes.api.model.Container;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Starts the real server with the environment the chart gives its server container (Secrets
 * resolved), then calls what the chart's probes call and checks the chart's token variables take
 * effect. The database variables are replaced by the embedded H2 database (the chart's point at a
 * host that does not exist here); the Milvus ones are left out until the server reads them (issue
 * 15 item 1); the model ones are checked through {@link ModelOptions}, which is what reads them.
 */
class ServerProbesTest {

  @TempDir static Path dataDir;

  static Chart chart;
  static Container server;
  static ConfigurableApplicationContext context;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startServerWithTheChartsEnvironment() {
    chart = Chart.render("external.yaml");
    server = container(chart.deployment("server"));
    Map<String, Object> env = new HashMap<>(chart.resolvedEnv(server));
    // The chart's Milvus variables stay: the knowledge base opens on first use, which no test here makes.
    env.keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("FLAMEFIX_MODEL_"));
    SpringApplication app = new SpringApplication(FlamefixServerApplication.class);
    // Spring reads variables with relaxed names only from a source named *-systemEnvironment.
    app.addInitializers(ctx -> ctx.getEnvironment().getPropertySources().addAfter(
        CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource("chart-systemEnvironment", env)));
    context = app.run("--server.port=0", "--flamefix.data-dir=" + dataDir);
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void everyProbePathOfTheChartAnswersUpWithoutAToken() {
    Set<String> paths = new LinkedHashSet<>(Chart.SERVER_PROBE_PATHS);
    List.of(server.getStartupProbe(), server.getLivenessProbe(), server.getReadinessProbe())
        .forEach(p -> paths.add(p.getHttpGet().getPath()));

    for (String path : paths) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(url(path)).GET(), null);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).contains("\"UP\"");
    }
  }

  @Test
  void theChartsIngestTokenGuardsIngest() {
    long from = System.currentTimeMillis() / 1000 - 60;
    String query = "/ingest?name=chart.cpu&from=" + from + "&until=" + (from + 10)
        + "&format=folded&sampleRate=100&spyName=flamefix&units=samples";
    byte[] body = gzip("main;work 100\n");

    assertThat(send(HttpRequest.newBuilder(url(query)).POST(HttpRequest.BodyPublishers.ofByteArray(body)), null)
        .statusCode()).isEqualTo(401);
    HttpResponse<String> withToken = send(
        HttpRequest.newBuilder(url(query)).POST(HttpRequest.BodyPublishers.ofByteArray(body)), "ingest-secret-1");
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
  }

  @Test
  void theChartsApiTokensGuardTheApi() {
    assertThat(send(HttpRequest.newBuilder(url("/api/apps")).GET(), null).statusCode()).isEqualTo(401);
    assertThat(send(HttpRequest.newBuilder(url("/api/apps")).GET(), "viewer-secret-1").statusCode()).isEqualTo(200);
  }

  @Test
  void theChartsModelVariablesAreTheOnesTheModelClientReads() {
    ModelOptions options = ModelOptions.load(new Properties(), chart.resolvedEnv(server));

    assertThat(options.provider()).isEqualTo(ModelOptions.Provider.OPENAI);
    assertThat(options.modelName()).isEqualTo("gpt-test");
    assertThat(options.baseUrl()).isEqualTo("http://model.example/v1");
    assertThat(options.apiKey()).isEqualTo("model-secret-1");
  }

  @Test
  void theChartsMilvusVariablesChooseTheServersKnowledgeBase() {
    KnowledgeBaseSettings kb = context.getBean(KnowledgeBaseSettings.class);
    assertThat(kb.usesMilvus()).isTrue();
    assertThat(kb.milvus().uri()).isEqualTo("http://milvus.example:19530");
    assertThat(kb.milvus().database()).isEqualTo("flamefix");
    assertThat(kb.milvus().token()).isEqualTo("milvus-secret-1");
    assertThat(kb.describe()).doesNotContain("milvus-secret-1");
  }

  private static URI url(String path) {
    return URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String bearer) {
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
