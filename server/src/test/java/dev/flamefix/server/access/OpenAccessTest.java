package dev.flamefix.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.support.TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Without API tokens (the demo) the API is open and the log says so exactly once. */
@ExtendWith(OutputCaptureExtension.class)
class OpenAccessTest {

  @TempDir Path dataDir;

  @Test
  void openApiIsAnnouncedOnce(CapturedOutput output) {
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      assertThat(server.get("/api/apps").statusCode()).isEqualTo(200);
      assertThat(server.get("/api/proposals/none").statusCode()).isEqualTo(404);
      String log = output.getAll();
      assertThat(log.split("The API is open", -1)).hasSize(2);
      // No generated default password either: there is no password login at all.
      assertThat(log).doesNotContain("Using generated security password");
    }
  }
}
