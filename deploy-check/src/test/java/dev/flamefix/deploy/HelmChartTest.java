package dev.flamefix.deploy;

import static dev.flamefix.deploy.Chart.container;
import static dev.flamefix.deploy.Chart.env;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders deploy/helm/flamefix with several value sets and validates every manifest against the
 * Kubernetes API model (fabric8) and against each other ({@link ManifestChecks}).
 */
class HelmChartTest {

  static Stream<Arguments> valueSets() {
    return Stream.of(
        Arguments.of("external stores, tokens from values", List.of("external.yaml")),
        Arguments.of("bundled PostgreSQL and Milvus", List.of("bundled.yaml")),
        Arguments.of("worker off, fixed replicas", List.of("external.yaml", "worker-off.yaml")),
        Arguments.of("existing Secret", List.of("existing-secret.yaml")),
        Arguments.of("bundled stores, existing Secret", List.of("bundled.yaml", "existing-secret.yaml")),
        Arguments.of("agent example", List.of("external.yaml", "agent-example.yaml")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueSets")
  void everyValueSetRendersManifestsTheApiModelAcceptsAndThatFitTogether(String name, List<String> files) {
    Chart chart = Chart.render(files.toArray(String[]::new));

    assertThat(chart.problems()).isEmpty();
    assertThat(chart.deployment("server")).isNotNull();
    for (Deployment d : chart.all(Deployment.class)) {
      if (container(d).getImage().startsWith(Chart.IMAGE + ":")) {
        assertThat(container(d).getEnv()).extracting(EnvVar::getName).as("variables of %s that set nothing", d.getMetadata().getName())
            .filteredOn(n -> !ServerSettings.known(n)).isEmpty();
      }
    }
    assertThat(chart.find(Service.class, Helm.RELEASE + "-flamefix")).isNotNull();
  }

  @Test
  void defaultsRefuseToRenderWithoutADatabaseAndSayWhich() {
    Helm.Result result = Chart.helm().template(List.of(), Map.of("secrets.databasePassword", "x"));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.errors()).contains("postgresql.external.url").contains("postgresql.bundled.enabled");
  }

  @Test
  void aChartSecretWithoutDatabasePasswordIsRefused() {
    Helm.Result result = Chart.helm().template(List.of(), Map.of("postgresql.external.url", "jdbc:postgresql://h/db"));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.errors()).contains("secrets.databasePassword");
  }

  @Test
  void serverAndWorkerGetTheExternalStoresAndEveryTokenFromTheSecret() {
    Chart chart = Chart.render("external.yaml");

    for (String component : List.of("server", "worker")) {
      Container c = container(chart.deployment(component));
      assertThat(chart.resolvedEnv(c)).containsAllEntriesOf(Map.of(
          "SPRING_DATASOURCE_URL", "jdbc:postgresql://pg.example:5432/flamefix",
          "SPRING_DATASOURCE_USERNAME", "flamefix",
          "SPRING_DATASOURCE_PASSWORD", "db-secret-1",
          "FLAMEFIX_INGEST_TOKEN", "ingest-secret-1",
          "FLAMEFIX_API_TOKENS", "viewer:viewer-secret-1,approver:approver-secret-1",
          "FLAMEFIX_MODEL_API_KEY", "model-secret-1",
          "FLAMEFIX_MODEL_NAME", "gpt-test",
          "FLAMEFIX_MILVUS_URI", "http://milvus.example:19530",
          "FLAMEFIX_MILVUS_TOKEN", "milvus-secret-1",
          "FLAMEFIX_MILVUS_DATABASE", "flamefix"));
      // Secrets reach the pods only by reference, never as literal values in the Deployment.
      assertThat(c.getEnv()).filteredOn(e -> e.getValue() != null)
          .extracting(EnvVar::getValue).noneMatch(v -> v.contains("secret-1"));
    }
    Container worker = container(chart.deployment("worker"));
    assertThat(worker.getArgs()).containsExactly("worker", "--port=8081");
    assertThat(worker.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
    // With workers deployed, the API/ingest pods must not run candidate code themselves.
    assertThat(chart.resolvedEnv(container(chart.deployment("server")))).containsEntry("FLAMEFIX_VALIDATION_MODE", "remote");
    assertThat(chart.resolvedEnv(worker)).doesNotContainKey("FLAMEFIX_VALIDATION_MODE");
  }

  @Test
  void emptyTokensStayUnsetRatherThanEmpty() {
    Chart chart = Chart.render("bundled.yaml");

    Secret secret = chart.find(Secret.class, Helm.RELEASE + "-flamefix");
    assertThat(ManifestChecks.secretKeys(secret)).containsExactlyInAnyOrder("ingest-token", "database-password");
    assertThat(chart.resolvedEnv(container(chart.deployment("server"))))
        .containsKey("FLAMEFIX_INGEST_TOKEN").doesNotContainKeys("FLAMEFIX_API_TOKENS", "FLAMEFIX_MODEL_API_KEY");
  }

  @Test
  void bundledStoresAreWhereTheServerLooksWithTheSamePassword() {
    Chart chart = Chart.render("bundled.yaml");
    Map<String, String> server = chart.resolvedEnv(container(chart.deployment("server")));

    StatefulSet pg = chart.find(StatefulSet.class, Helm.RELEASE + "-flamefix-postgresql");
    Container pgContainer = pg.getSpec().getTemplate().getSpec().getContainers().get(0);
    Map<String, String> pgEnv = chart.resolvedEnv(pgContainer);
    URI jdbc = URI.create(server.get("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
    Service pgService = chart.find(Service.class, jdbc.getHost());
    assertThat(pgService).as("Service %s", jdbc.getHost()).isNotNull();
    assertThat(pgService.getSpec().getPorts()).anyMatch(p -> p.getPort() == jdbc.getPort());
    assertThat(pgContainer.getPorts()).anyMatch(p -> p.getContainerPort() == 5432);
    assertThat(jdbc.getPath()).isEqualTo("/" + pgEnv.get("POSTGRES_DB"));
    assertThat(server.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(pgEnv.get("POSTGRES_USER"));
    assertThat(server.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(pgEnv.get("POSTGRES_PASSWORD")).isEqualTo("db-secret-2");

    URI milvus = URI.create(server.get("FLAMEFIX_MILVUS_URI"));
    Service milvusService = chart.find(Service.class, milvus.getHost());
    assertThat(milvusService).as("Service %s", milvus.getHost()).isNotNull();
    assertThat(milvusService.getSpec().getPorts()).anyMatch(p -> p.getPort() == milvus.getPort());
    assertThat(chart.find(StatefulSet.class, Helm.RELEASE + "-flamefix-milvus")).isNotNull();
  }

  @Test
  void theHpaScalesTheServerAndTheWorkerScalesByItsReplicas() {
    Chart chart = Chart.render("external.yaml");

    HorizontalPodAutoscaler hpa = chart.all(HorizontalPodAutoscaler.class).get(0);
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(chart.deployment("server").getMetadata().getName());
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
    assertThat(chart.deployment("server").getSpec().getReplicas()).isNull();
    assertThat(chart.deployment("worker").getSpec().getReplicas()).isEqualTo(1);
  }

  @Test
  void workerOffRendersNoWorkerAndFixedServerReplicas() {
    Chart chart = Chart.render("external.yaml", "worker-off.yaml");

    assertThat(chart.deployment("worker")).isNull();
    assertThat(chart.resolvedEnv(container(chart.deployment("server")))).doesNotContainKey("FLAMEFIX_VALIDATION_MODE");
    assertThat(chart.all(HorizontalPodAutoscaler.class)).isEmpty();
    assertThat(chart.deployment("server").getSpec().getReplicas()).isEqualTo(3);
  }

  @Test
  void anExistingSecretReplacesTheChartsSecret() {
    Chart chart = Chart.render("existing-secret.yaml");

    assertThat(chart.all(Secret.class)).isEmpty();
    assertThat(container(chart.deployment("server")).getEnv())
        .filteredOn(e -> e.getValueFrom() != null)
        .extracting(e -> e.getValueFrom().getSecretKeyRef().getName())
        .isNotEmpty().containsOnly("flamefix-tokens");
  }

  @Test
  void serverProbesUseTheContainersPortAndServerArgsSetIt() {
    Chart chart = Chart.render("external.yaml");
    Container c = container(chart.deployment("server"));

    int port = c.getPorts().get(0).getContainerPort();
    assertThat(c.getArgs()).startsWith("serve").contains("--server.port=" + port);
    String dataDir = c.getArgs().get(c.getArgs().indexOf("--data-dir") + 1);
    assertThat(c.getVolumeMounts()).as("the data dir is a writable volume")
        .anyMatch(m -> m.getMountPath().equals(dataDir) && !Boolean.TRUE.equals(m.getReadOnly()));
    assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
    assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
    assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
  }

  @Test
  void theChecksCatchBrokenManifests() {
    String rendered = Chart.helm().template(List.of("external.yaml"), Map.of()).manifests();

    // A field the API does not have, a value of the wrong type, a kind the model does not know.
    assertThatThrownBy(() -> Manifests.parse(rendered.replace("  replicas: 1\n", "  replica: 1\n")))
        .isInstanceOf(Manifests.InvalidManifest.class).hasMessageContaining("replica");
    assertThatThrownBy(() -> Manifests.parse(rendered.replace("containerPort: 8080", "containerPort: eighty")))
        .isInstanceOf(Manifests.InvalidManifest.class);
    assertThatThrownBy(() -> Manifests.parse(rendered.replace("kind: Service\n", "kind: Servise\n")))
        .isInstanceOf(Manifests.InvalidManifest.class).hasMessageContaining("Servise");

    assertThat(problemsOf(rendered.replace("targetPort: http", "targetPort: web")))
        .anyMatch(p -> p.contains("targetPort web"));
    assertThat(problemsOf(rendered.replace("path: /actuator/health/readiness", "path: /health")))
        .anyMatch(p -> p.contains("probe path /health"));
    assertThat(problemsOf(rendered.replace("key: database-password", "key: db-password")))
        .anyMatch(p -> p.contains("needs key db-password"));
    assertThat(problemsOf(rendered.replace("app.kubernetes.io/component: server\n  ports:", "app.kubernetes.io/component: api\n  ports:")))
        .anyMatch(p -> p.contains("selects no rendered pod"));
    assertThat(problemsOf(rendered.replace("- name: tmp\n              mountPath", "- name: scratch\n              mountPath")))
        .anyMatch(p -> p.contains("volume scratch"));
  }

  private static List<String> problemsOf(String yaml) {
    List<HasMetadata> parsed = Manifests.parse(yaml);
    return new ManifestChecks(parsed, java.util.Set.of(), Chart.IMAGE + ":", Chart.SERVER_PROBE_PATHS).problems();
  }
}
