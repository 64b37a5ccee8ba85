package dev.flamefix.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One rendering of the chart, parsed, with look-ups the tests share. */
record Chart(List<HasMetadata> resources, Set<String> externalSecrets) {

  /** The image repository the chart's values default to; probes of these containers are checked. */
  static final String IMAGE = "flamefix-server";

  /**
   * Paths the server serves without a token and that report its health; {@code ServerProbesTest}
   * proves each answers 200 "UP" from a server started with the chart's environment.
   */
  static final Set<String> SERVER_PROBE_PATHS =
      Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

  private static final Optional<Helm> HELM = Helm.find();

  /** Skips the calling test with the reason when no helm is installed. */
  static Helm helm() {
    assumeTrue(HELM.isPresent(), "no helm: set FLAMEFIX_TEST_HELM or run scripts/test.sh, which builds it"
        + " (scripts/services/helm.sh); the Helm chart is NOT checked");
    return HELM.get();
  }

  /** Renders with the values files and asserts helm succeeded. */
  static Chart render(String... valuesFiles) {
    Helm.Result result = helm().template(List.of(valuesFiles), Map.of());
    assertThat(result.exitCode()).as("helm template %s: %s", List.of(valuesFiles), result.errors()).isZero();
    Set<String> external = List.of(valuesFiles).contains("existing-secret.yaml") ? Set.of("flamefix-tokens") : Set.of();
    return new Chart(Manifests.parse(result.manifests()), external);
  }

  List<String> problems() {
    return new ManifestChecks(resources, externalSecrets, IMAGE + ":", SERVER_PROBE_PATHS).problems();
  }

  <T extends HasMetadata> T find(Class<T> type, String name) {
    return ManifestChecks.find(resources, type, name);
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  Deployment deployment(String component) {
    return find(Deployment.class, Helm.RELEASE + "-flamefix-" + component);
  }

  static Container container(Deployment d) {
    return d.getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  static EnvVar env(Container c, String name) {
    return c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElse(null);
  }

  /**
   * The container's environment as the kubelet would set it: literal values, and Secret keys
   * resolved from the rendered Secrets (an optional key that is absent leaves the variable unset).
   */
  Map<String, String> resolvedEnv(Container c) {
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvVar e : c.getEnv()) {
      if (e.getValue() != null) {
        env.put(e.getName(), e.getValue());
        continue;
      }
      var ref = e.getValueFrom().getSecretKeyRef();
      Secret secret = find(Secret.class, ref.getName());
      String encoded = secret == null || secret.getData() == null ? null : secret.getData().get(ref.getKey());
      if (encoded != null) {
        env.put(e.getName(), new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
      }
    }
    return env;
  }
}
