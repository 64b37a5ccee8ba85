package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.store.MilvusVectorStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flamefix kb copy --to milvus}: an embedded knowledge base moved into Milvus, and its refusals. */
class KbCopyCommandTest {

  static final String URI = MilvusKnowledgeBaseStoreTest.URI;

  @TempDir Path dataDir;

  @Test
  void copiesTheEmbeddedStoreIntoMilvusWhereSearchFindsIt() {
    assumeTrue(URI != null && !URI.isBlank(),
        "FLAMEFIX_TEST_MILVUS_URI is not set: run scripts/test.sh, which installs and starts a Milvus server");
    String slow = "for (String line : lines) { if (Pattern.matches(\"[0-9]+\", line)) n++; }";
    try (KnowledgeBase kb = KnowledgeBase.builder().luceneStore(dataDir.resolve("kb")).loadSeed(false).build()) {
      kb.addAll(List.of(
          new Case("copy-1", "regex-recompiled", slow, "DIGITS.matcher(line).matches()", "Compile once.", 3.2, 0.1,
              CaseSource.LEARNED, "java"),
          new Case("copy-2", "string-concat-in-loop", "for (String p : parts) s += p;", "sb.append(p)", "Builder.", 8, 0.5,
              CaseSource.IMPORT, "java")));
    }
    String collection = "t_copy_" + UUID.randomUUID().toString().replace("-", "");
    try {
      FlamefixCommandTest.Run copied = FlamefixCommandTest.run("kb", "copy", "--to", "milvus", "--data-dir", dataDir.toString(),
          "--milvus-uri", URI, "--milvus-collection", collection);
      assertThat(copied.exit()).as(copied.err()).isZero();
      assertThat(copied.out()).contains("copied 2 case(s) from embedded Lucene store at " + dataDir.resolve("kb").toAbsolutePath())
          .contains("collection " + collection).contains("; 2 case(s) there");

      // The collection is not empty, so search does not seed it: exactly the copied cases answer.
      FlamefixCommandTest.Run searched = FlamefixCommandTest.run("kb", "search", "-n", "5", "--milvus-uri", URI,
          "--milvus-collection", collection, slow);
      assertThat(searched.exit()).as(searched.err()).isZero();
      assertThat(searched.err()).contains("knowledge base: Milvus at " + URI);
      List<String> rows = searched.out().lines().toList();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1)).startsWith(" 1.000").contains("regex-recompiled").contains("learned");
    } finally {
      MilvusVectorStore.dropCollection(MilvusVectorStore.Config.of(URI).withCollection(collection));
    }
  }

  @Test
  void refusesWithoutMilvusOrSourceAndNamesAnUnreachableServer() throws IOException {
    FlamefixCommandTest.Run noMilvus = FlamefixCommandTest.run("kb", "copy", "--to", "milvus", "--data-dir", dataDir.toString());
    assertThat(noMilvus.exit()).isEqualTo(2);
    assertThat(noMilvus.err()).contains("no Milvus configured: set FLAMEFIX_MILVUS_URI or --milvus-uri");

    FlamefixCommandTest.Run wrongTarget = FlamefixCommandTest.run("kb", "copy", "--to", "lucene", "--data-dir", dataDir.toString());
    assertThat(wrongTarget.exit()).isEqualTo(2);

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String down = "http://127.0.0.1:" + port;
    FlamefixCommandTest.Run noSource = FlamefixCommandTest.run("kb", "copy", "--to", "milvus", "--data-dir", dataDir.toString(),
        "--milvus-uri", down);
    assertThat(noSource.exit()).isEqualTo(2);
    assertThat(noSource.err()).contains("no embedded knowledge base at " + dataDir.resolve("kb").toAbsolutePath());

    // A configured Milvus that is down is one clear line, never the embedded store instead.
    System.setProperty("flamefix.kb.milvus.token", "root:s3cret");
    try {
      FlamefixCommandTest.Run search = FlamefixCommandTest.run("kb", "search", "--data-dir", dataDir.toString(),
          "--milvus-uri", down, "anything");
      assertThat(search.exit()).isEqualTo(1);
      assertThat(search.err()).contains("knowledge base: Milvus at " + down + " (database default, collection flamefix_cases, with token)")
          .contains("flamefix search: Milvus at " + down + " is not reachable")
          .doesNotContain("s3cret").doesNotContain("\tat ");
      assertThat(dataDir.resolve("kb")).doesNotExist();
    } finally {
      System.clearProperty("flamefix.kb.milvus.token");
    }
  }
}
