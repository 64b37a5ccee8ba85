package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.fleet.FleetProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import picocli.CommandLine;

/** {@code flamefix worker}: its options, and a started worker serving only /actuator. */
class WorkerCommandTest {
  @TempDir Path dataDir;

  @Test
  void workerTurnsItsOptionsIntoSpringArgumentsWithTheWorkerRole() {
    WorkerCommand worker = new WorkerCommand();
    new CommandLine(worker).parseArgs("--port", "8081", "--threads", "2", "--data-dir", "/var/lib/flamefix",
        "--spring.datasource.url=jdbc:postgresql://db/ff");
    assertThat(worker.springArguments()).containsExactly("--flamefix.fleet.role=worker", "--server.port=8081",
        "--flamefix.data-dir=/var/lib/flamefix", "--flamefix.validation.worker-threads=2",
        "--spring.datasource.url=jdbc:postgresql://db/ff");
  }

  @Test
  void startedWorkerHasTheWorkerRoleAndServesOnlyActuator() throws Exception {
    WorkerCommand worker = new WorkerCommand();
    new CommandLine(worker).parseArgs("--port", "0", "--data-dir", dataDir.toString(), "--server.address=127.0.0.1");
    try (var context = ServeCommand.start(worker.springArguments())) {
      assertThat(context.getBean(FleetProperties.class).worker()).isTrue();
      int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
      HttpClient http = HttpClient.newHttpClient();
      assertThat(get(http, port, "/api/apps")).isEqualTo(404);
      assertThat(get(http, port, "/actuator/health")).isEqualTo(200);
    }
  }

  private static int get(HttpClient http, int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
