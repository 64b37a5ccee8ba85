package dev.flamefix.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.kb.KnowledgeBaseException;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A Milvus server that is not there is a clear error, quickly, not a hang or a stack of gRPC. */
class MilvusUnavailableTest {

  @Test
  void serverThatIsDownIsAClearError() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String uri = "http://127.0.0.1:" + port;
    long start = System.nanoTime();
    assertThatThrownBy(() -> MilvusVectorStore.open(MilvusVectorStore.Config.of(uri).withTimeoutMs(2_000), 8, "t"))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining(uri)
        .hasMessageContaining("not reachable");
    // What matters is that a down server ends in an error instead of a hang; the bound is far
    // above the 2 s timeout so that a busy machine cannot fail it.
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(90);
  }

  @Test
  void filterExpressionsAreEscaped() {
    assertThat(MilvusVectorStore.expression(CaseFilter.ANY)).isEmpty();
    assertThat(MilvusVectorStore.expression(new CaseFilter("a\"b", dev.flamefix.kb.CaseSource.SEED)))
        .isEqualTo("category == \"a\\\"b\" and source == \"seed\"");
  }
}
