package dev.flamefix.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.kb.store.MilvusVectorStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One decision of which store the product uses, and no token in anything that gets logged. */
class KnowledgeBaseSettingsTest {

  static final Path HOME = Path.of("/var/lib/flamefix/kb");

  @Test
  void nothingConfiguredIsTheEmbeddedStore() {
    KnowledgeBaseSettings s = KnowledgeBaseSettings.resolve(key -> null, Map.of(), HOME);
    assertThat(s.usesMilvus()).isFalse();
    assertThat(s.directory()).isEqualTo(HOME);
    assertThat(s.describe()).isEqualTo("embedded Lucene store at " + HOME);
    assertThat(KnowledgeBaseSettings.resolve(Map.of("directory", "/x/kb")::get, Map.of(), HOME).directory())
        .isEqualTo(Path.of("/x/kb"));
    // A blank URI (an empty compose variable) is not a Milvus configuration.
    assertThat(KnowledgeBaseSettings.resolve(key -> null, Map.of("FLAMEFIX_MILVUS_URI", " "), HOME).usesMilvus()).isFalse();
  }

  @Test
  void environmentSelectsMilvusAndWinsOverSettings() {
    Map<String, String> settings = Map.of("milvus.uri", "http://props:1", "milvus.database", "props_db",
        "milvus.collection", "props_cases", "milvus.token", "props-secret");
    KnowledgeBaseSettings fromProps = KnowledgeBaseSettings.resolve(settings::get, Map.of(), HOME);
    assertThat(fromProps.milvus()).isEqualTo(new MilvusVectorStore.Config(
        "http://props:1", "props-secret", "props_db", "props_cases", MilvusVectorStore.Config.of("x").indexType(), 10_000));

    KnowledgeBaseSettings fromEnv = KnowledgeBaseSettings.resolve(settings::get, Map.of(
        "FLAMEFIX_MILVUS_URI", "http://env:19530", "FLAMEFIX_MILVUS_TOKEN", "root:s3cret",
        "FLAMEFIX_MILVUS_DATABASE", "flamefix"), HOME);
    assertThat(fromEnv.usesMilvus()).isTrue();
    assertThat(fromEnv.milvus().uri()).isEqualTo("http://env:19530");
    assertThat(fromEnv.milvus().token()).isEqualTo("root:s3cret");
    assertThat(fromEnv.milvus().database()).isEqualTo("flamefix");
    assertThat(fromEnv.milvus().collection()).isEqualTo("props_cases");
  }

  @Test
  void theTokenIsNeverInWhatIsLogged() {
    KnowledgeBaseSettings s = KnowledgeBaseSettings.resolve(key -> null,
        Map.of("FLAMEFIX_MILVUS_URI", "http://milvus:19530", "FLAMEFIX_MILVUS_TOKEN", "root:s3cret"), HOME);
    assertThat(s.describe()).isEqualTo("Milvus at http://milvus:19530 (database default, collection flamefix_cases, with token)");
    assertThat(s.toString()).doesNotContain("s3cret");
    assertThat(s.milvus().toString()).doesNotContain("s3cret");
  }

  @Test
  void configuredMilvusThatIsDownIsAClearErrorNotTheEmbeddedStore() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    KnowledgeBaseSettings s = KnowledgeBaseSettings.resolve(key -> null, Map.of(
        "FLAMEFIX_MILVUS_URI", "http://127.0.0.1:" + port, "FLAMEFIX_MILVUS_TOKEN", "root:s3cret"), HOME);
    KnowledgeBaseSettings quick = s.withMilvus(s.milvus().withTimeoutMs(2_000));
    assertThatThrownBy(quick::open)
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("http://127.0.0.1:" + port)
        .hasMessageContaining("not reachable")
        .hasMessageNotContaining("s3cret");
  }
}
