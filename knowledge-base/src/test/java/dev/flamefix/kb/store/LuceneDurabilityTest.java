package dev.flamefix.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBaseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash safety and bad stores: a killed writer, a corrupted index, a store already in use. */
class LuceneDurabilityTest {

  static final int DIM = 32;

  @TempDir Path dir;

  /** Child-JVM entry point: writes cases one commit at a time forever, reporting each. */
  public static void main(String[] args) {
    Path where = Path.of(args[0]);
    Random r = new Random(42);
    try (LuceneVectorStore store = LuceneVectorStore.open(where, DIM, "crash-test")) {
      for (int i = 0; ; i++) {
        List<VectorStore.Entry> batch = new ArrayList<>();
        for (int j = 0; j < 5; j++) {
          String id = "w" + i + "-" + j;
          batch.add(new VectorStore.Entry(new Case(id, "c", "code " + id, "", "", 2, 0, CaseSource.LEARNED, "java"),
              VectorStoreContract.randomUnit(r, DIM)));
        }
        store.upsertAll(batch);
        System.out.println("committed " + (i + 1) * 5);
        System.out.flush();
      }
    }
  }

  @Test
  void storeKilledMidWritesStillOpensWithEveryCommittedCase() throws Exception {
    Path where = dir.resolve("kb");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        LuceneDurabilityTest.class.getName(), where.toString())
        .redirectErrorStream(true)
        .start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= 200) {
            break;
          }
        }
      }
      // SIGKILL while the child is in the middle of further writes: no shutdown hooks, no close.
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("child reported commits").isGreaterThanOrEqualTo(200);

    try (LuceneVectorStore store = LuceneVectorStore.open(where, DIM, "crash-test")) {
      // Everything the child reported as committed is there; at most the batches in flight beyond.
      assertThat(store.count()).isGreaterThanOrEqualTo(committed).isEqualTo(store.count() / 5 * 5);
      assertThat(store.get("w0-0")).isPresent();
      assertThat(store.get("w" + (committed / 5 - 1) + "-4")).isPresent();
      assertThat(store.search(VectorStoreContract.randomUnit(new Random(1), DIM), 10)).hasSize(10);
      long before = store.count();
      store.upsert(new Case("after", "c", "code", "", "", 2, 0, CaseSource.SEED, "java"),
          VectorStoreContract.randomUnit(new Random(2), DIM));
      assertThat(store.count()).isEqualTo(before + 1);
    }
  }

  @Test
  void corruptedStoreIsAClearErrorNamingThePath() throws IOException {
    Path where = dir.resolve("kb");
    try (LuceneVectorStore store = LuceneVectorStore.open(where, DIM, "t")) {
      store.upsert(new Case("a", "c", "code", "", "", 2, 0, CaseSource.SEED, "java"),
          VectorStoreContract.randomUnit(new Random(1), DIM));
    }
    Path segments;
    try (Stream<Path> files = Files.list(where)) {
      segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(segments);
    for (int i = 8; i < bytes.length; i += 3) {
      bytes[i] ^= 0x5A;
    }
    Files.write(segments, bytes);

    assertThatThrownBy(() -> LuceneVectorStore.open(where, DIM, "t"))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining(where.toAbsolutePath().toString())
        .hasMessageContaining("corrupted");
  }

  @Test
  void storeOpenTwiceIsAClearError() {
    Path where = dir.resolve("kb");
    try (LuceneVectorStore first = LuceneVectorStore.open(where, DIM, "t")) {
      assertThatThrownBy(() -> LuceneVectorStore.open(where, DIM, "t"))
          .isInstanceOf(KnowledgeBaseException.class)
          .hasMessageContaining("in use");
      assertThat(first.count()).isZero();
    }
  }
}
