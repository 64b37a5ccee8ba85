package dev.flamefix.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBaseException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Milvus server that dies under a live store: calls fail with a clear error naming the server,
 * and once a server is back on the same data, everything accepted before is still there. Starts
 * its own milvus-lite from the venv {@code scripts/services/milvus.sh} installs (so it can kill
 * it without disturbing the shared test server); skipped when that venv is absent.
 */
class MilvusServerRestartTest {

  static final Path VENV = Path.of(System.getenv().getOrDefault("FLAMEFIX_MILVUS_VENV", "/var/tmp/flamefix-milvus-venv"));

  @TempDir Path data;
  private Process server;

  private Process start(int port) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(VENV.resolve("bin/milvus-lite").toString(), "server", "--data-dir", data.toString(),
        "--host", "127.0.0.1", "--port", Integer.toString(port))
        .redirectErrorStream(true)
        .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return p;
      } catch (IOException notYet) {
        assertThat(p.isAlive()).as("milvus-lite exited early").isTrue();
        Thread.sleep(200);
      }
    }
    p.destroyForcibly();
    throw new IllegalStateException("milvus-lite did not start on port " + port);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.destroyForcibly();
    }
  }

  @Test
  void serverDyingIsAClearErrorAndLosesNothingAccepted() throws Exception {
    assumeTrue(Files.isExecutable(VENV.resolve("bin/milvus-lite")),
        "milvus-lite is not installed in " + VENV + ": run scripts/test.sh (scripts/services/milvus.sh installs it)");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server = start(port);
    MilvusVectorStore.Config config = MilvusVectorStore.Config.of("http://127.0.0.1:" + port).withTimeoutMs(15_000);
    Random r = new Random(11);
    try (MilvusVectorStore store = MilvusVectorStore.open(config, 8, "t")) {
      for (int i = 0; i < 3; i++) {
        store.upsert(new Case("kept-" + i, "c", "code " + i, "", "", 2, 0, CaseSource.LEARNED, "java"),
            VectorStoreContract.randomUnit(r, 8));
      }
      assertThat(store.count()).isEqualTo(3);

      server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThatThrownBy(() -> store.upsert(new Case("lost", "c", "code", "", "", 2, 0, CaseSource.LEARNED, "java"),
              VectorStoreContract.randomUnit(r, 8)))
          .isInstanceOf(KnowledgeBaseException.class)
          .hasMessageContaining("Milvus at " + config.uri())
          .hasMessageContaining("upsert");
      assertThatThrownBy(() -> store.search(VectorStoreContract.randomUnit(r, 8), 3))
          .isInstanceOf(KnowledgeBaseException.class)
          .hasMessageContaining(config.uri());
    }

    server = start(port);
    try (MilvusVectorStore store = MilvusVectorStore.open(config, 8, "t")) {
      assertThat(store.count()).isEqualTo(3);
      assertThat(store.search(VectorStoreContract.randomUnit(r, 8), 5))
          .extracting(s -> s.match().id()).containsExactlyInAnyOrderElementsOf(List.of("kept-0", "kept-1", "kept-2"));
    }
  }
}
