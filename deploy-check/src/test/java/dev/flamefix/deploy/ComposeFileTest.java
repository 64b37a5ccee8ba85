package dev.flamefix.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/docker-compose.yml, parsed (no Docker engine here): only keys of the Compose service
 * schema, the server's variables are settings the server has, its database and Milvus addresses
 * are the services the file runs with the same names, user and password, secrets come from the
 * environment of {@code docker compose}, and every depends_on: service_healthy has a health check.
 */
class ComposeFileTest {

  /** The Compose specification's service keys this project may use. */
  static final Set<String> SERVICE_KEYS = Set.of("build", "image", "command", "entrypoint", "environment",
      "env_file", "ports", "expose", "volumes", "depends_on", "healthcheck", "restart", "security_opt",
      "user", "working_dir", "profiles", "deploy", "secrets", "networks", "labels", "container_name");
  static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?[-?][^}]*)?}");

  static JsonNode compose;
  static JsonNode services;

  @BeforeAll
  static void parse() throws IOException {
    compose = new YAMLMapper().readTree(Files.readString(Repo.ROOT.resolve("deploy/docker-compose.yml")));
    services = compose.get("services");
  }

  @Test
  void servicesUseOnlyComposeKeysAndDeclaredVolumes() {
    Set<String> declared = new HashSet<>();
    compose.path("volumes").fieldNames().forEachRemaining(declared::add);
    services.fields().forEachRemaining(s -> {
      s.getValue().fieldNames().forEachRemaining(k -> assertThat(SERVICE_KEYS).as(s.getKey() + "." + k).contains(k));
      for (JsonNode v : s.getValue().path("volumes")) {
        String source = v.asText().split(":")[0];
        if (!source.startsWith(".") && !source.startsWith("/")) {
          assertThat(declared).as(s.getKey() + " volume " + source).contains(source);
        }
      }
      s.getValue().path("depends_on").fields().forEachRemaining(d -> {
        assertThat(services.has(d.getKey())).as(s.getKey() + " depends on " + d.getKey()).isTrue();
        if ("service_healthy".equals(d.getValue().path("condition").asText())) {
          assertThat(services.get(d.getKey()).has("healthcheck")).as(d.getKey() + " healthcheck").isTrue();
        }
      });
    });
  }

  @Test
  void everyServerVariableIsASettingTheServerHas() {
    assertThat(env("server").keySet()).as("variables that set no server setting")
        .filteredOn(name -> !ServerSettings.known(name)).isEmpty();
  }

  @Test
  void theServerPublishesItsPortAndReachesPostgresAsItIsConfigured() {
    int port = ServerSettings.YAML.path("server").path("port").asInt();
    assertThat(port).isPositive();
    assertThat(services.get("server").get("ports")).extracting(JsonNode::asText)
        .anyMatch(p -> p.endsWith(":" + port));

    Map<String, String> server = env("server");
    Map<String, String> pg = env("postgres");
    URI jdbc = URI.create(server.get("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
    assertThat(jdbc.getScheme()).isEqualTo("postgresql");
    assertThat(services.has(jdbc.getHost())).as("service " + jdbc.getHost()).isTrue();
    assertThat(jdbc.getPort()).isEqualTo(5432);
    assertThat(jdbc.getPath()).isEqualTo("/" + pg.get("POSTGRES_DB"));
    assertThat(server.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(pg.get("POSTGRES_USER"));
    assertThat(variable(server.get("SPRING_DATASOURCE_PASSWORD"))).isEqualTo(variable(pg.get("POSTGRES_PASSWORD")))
        .isNotNull();

    String check = String.join(" ", texts(services.get("postgres").get("healthcheck").get("test")));
    assertThat(check).contains("pg_isready").contains("-U " + pg.get("POSTGRES_USER")).contains("-d " + pg.get("POSTGRES_DB"));
  }

  @Test
  void milvusIsTheServiceTheServerPointsAt() {
    URI milvus = URI.create(env("server").get("FLAMEFIX_MILVUS_URI"));
    assertThat(services.has(milvus.getHost())).as("service " + milvus.getHost()).isTrue();
    assertThat(milvus.getPort()).as("Milvus's gRPC port").isEqualTo(19530);
    // 9091 is Milvus's HTTP port for /healthz, as the chart's bundled Milvus probes it.
    assertThat(String.join(" ", texts(services.get(milvus.getHost()).get("healthcheck").get("test"))))
        .contains("localhost:9091/healthz");
  }

  @Test
  void secretsComeFromTheEnvironmentOfDockerCompose() {
    for (String service : List.of("server", "postgres")) {
      env(service).forEach((name, value) -> {
        if (name.contains("PASSWORD") || name.contains("TOKEN") || name.contains("API_KEY")) {
          assertThat(variable(value)).as(service + " " + name + " is a ${VARIABLE}, not a literal").isNotNull();
        }
      });
    }
  }

  private static Map<String, String> env(String service) {
    Map<String, String> env = new HashMap<>();
    JsonNode node = services.get(service).path("environment");
    if (node.isArray()) {
      node.forEach(e -> {
        String[] kv = e.asText().split("=", 2);
        env.put(kv[0], kv.length > 1 ? kv[1] : "");
      });
    } else {
      node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    }
    return env;
  }

  private static String variable(String value) {
    Matcher m = value == null ? null : VARIABLE.matcher(value);
    return m != null && m.matches() ? m.group(1) : null;
  }

  private static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }

}
