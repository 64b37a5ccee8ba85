package dev.flamefix.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The agent in application pods: the init container copies the jar the image really holds (per
 * deploy/Dockerfile) into a volume the application container mounts, and JAVA_TOOL_OPTIONS loads
 * it from there with server= and app=, the token coming from a Secret. Checked on the chart's
 * rendered example and on the plain-YAML example users copy.
 */
class AgentInjectionTest {

  static final Path EXAMPLE = Helm.CHART.resolve("examples/app-with-agent.yaml");
  static final Pattern COPY_AGENT = Pattern.compile("(?m)^COPY --from=build /src/agent/target/flamefix-agent\\.jar (\\S+)$");

  @Test
  void theChartsAgentExampleLoadsTheJarItsInitContainerCopiesAndReportsToThisRelease() {
    Chart chart = Chart.render("external.yaml", "agent-example.yaml");
    Deployment app = chart.find(Deployment.class, "orders");

    Map<String, String> options = checkInjection(app.getSpec().getTemplate().getSpec());
    URI server = URI.create(options.get("server"));
    Service service = chart.find(Service.class, server.getHost());
    assertThat(service).as("the server= host is this release's Service").isNotNull();
    assertThat(service.getSpec().getPorts()).anyMatch(p -> p.getPort() == server.getPort());
    assertThat(options).containsEntry("app", "orders");
    assertThat(Chart.env(app.getSpec().getTemplate().getSpec().getContainers().get(0), "FLAMEFIX_TOKEN")
        .getValueFrom().getSecretKeyRef().getName()).isEqualTo(Helm.RELEASE + "-flamefix");
  }

  @Test
  void thePlainYamlExampleIsValidAndWiredTheSameWay() throws IOException {
    List<HasMetadata> parsed = Manifests.parse(Files.readString(EXAMPLE));

    assertThat(new ManifestChecks(parsed, Set.of("flamefix"), Chart.IMAGE + ":", Chart.SERVER_PROBE_PATHS).problems())
        .isEmpty();
    Deployment app = (Deployment) parsed.get(0);
    Map<String, String> options = checkInjection(app.getSpec().getTemplate().getSpec());
    assertThat(options).containsKeys("server", "app");
  }

  /** Asserts the wiring and returns the agent options of JAVA_TOOL_OPTIONS. */
  private static Map<String, String> checkInjection(PodSpec pod) throws AssertionError {
    Container init = pod.getInitContainers().get(0);
    Container app = pod.getContainers().get(0);
    assertThat(init.getImage()).startsWith(Chart.IMAGE + ":");

    List<String> cp = init.getCommand();
    assertThat(cp).hasSize(3).first().isEqualTo("cp");
    assertThat(cp.get(1)).as("the jar deploy/Dockerfile puts in the image").isEqualTo(agentJarInImage());
    VolumeMount written = mountHolding(init, cp.get(2));
    assertThat(pod.getVolumes()).anyMatch(v -> v.getName().equals(written.getName()) && v.getEmptyDir() != null);

    String javaToolOptions = Chart.env(app, "JAVA_TOOL_OPTIONS").getValue();
    Matcher m = Pattern.compile("-javaagent:([^=\\s]+)=(\\S+)").matcher(javaToolOptions);
    assertThat(m.find()).as(javaToolOptions).isTrue();
    VolumeMount read = mountHolding(app, m.group(1));
    assertThat(read.getName()).isEqualTo(written.getName());
    assertThat(relative(read, m.group(1))).isEqualTo(relative(written, cp.get(2)));

    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(m.group(2).split(",")).map(kv -> kv.split("=", 2)).forEach(kv -> options.put(kv[0], kv[1]));
    assertThat(options).as("the token comes from FLAMEFIX_TOKEN, not the command line").doesNotContainKey("token");
    var tokenRef = Chart.env(app, "FLAMEFIX_TOKEN").getValueFrom().getSecretKeyRef();
    assertThat(tokenRef.getKey()).isEqualTo("ingest-token");
    return options;
  }

  private static String agentJarInImage() {
    try {
      String dockerfile = Files.readString(Repo.ROOT.resolve("deploy/Dockerfile"));
      Matcher m = COPY_AGENT.matcher(dockerfile);
      assertThat(m.find()).as("deploy/Dockerfile copies the agent jar into the image").isTrue();
      assertThat(dockerfile).as("the image build packages the agent module").containsPattern("-pl \\S*agent");
      return m.group(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static VolumeMount mountHolding(Container c, String file) {
    return c.getVolumeMounts().stream().filter(v -> file.startsWith(v.getMountPath() + "/")).findFirst()
        .orElseThrow(() -> new AssertionError(c.getName() + " mounts no volume holding " + file));
  }

  private static String relative(VolumeMount mount, String file) {
    return file.substring(mount.getMountPath().length());
  }
}
