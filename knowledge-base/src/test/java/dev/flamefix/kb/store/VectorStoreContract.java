package dev.flamefix.kb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flamefix.kb.Case;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBaseException;
import dev.flamefix.kb.ScoredCase;
import dev.flamefix.kb.embed.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link VectorStore} must have. Each implementation runs this same suite by
 * subclassing it and saying how to open (and reopen) a fresh store.
 */
abstract class VectorStoreContract {

  static final int DIM = 16;

  protected VectorStore store;

  /** A fresh, empty store of dimension {@code dim} for one test. */
  protected abstract VectorStore openFresh(int dim);

  /** The same store (same data) opened again after {@link VectorStore#close()}. */
  protected abstract VectorStore reopen(int dim);

  @BeforeEach
  void openStore() {
    store = openFresh(DIM);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  static float[] randomUnit(Random r, int dim) {
    float[] v = new float[dim];
    for (int i = 0; i < dim; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return Vectors.normalize(v);
  }

  static Case sample(String id, String category, CaseSource source, double rate) {
    return new Case(id, category, "for (...) { s += x; } // " + id, "sb.append(x)", "use a builder " + id, rate, 0.1, source, "java");
  }

  @Test
  void storedCaseComesBackUnchanged() {
    Case c = sample("a", "string-concat-in-loop", CaseSource.SEED, 12.5);
    store.upsert(c, randomUnit(new Random(1), DIM));
    assertThat(store.get("a")).contains(c);
    assertThat(store.get("missing")).isEmpty();
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void searchRanksByInnerProductClosestFirst() {
    Random r = new Random(7);
    List<VectorStore.Entry> entries = new ArrayList<>();
    float[] target = randomUnit(r, DIM);
    for (int i = 0; i < 30; i++) {
      entries.add(new VectorStore.Entry(sample("c" + i, "cat" + (i % 3), CaseSource.SEED, 1 + i), randomUnit(r, DIM)));
    }
    entries.add(new VectorStore.Entry(sample("exact", "cat0", CaseSource.SEED, 2), target));
    store.upsertAll(entries);

    List<ScoredCase> hits = store.search(target, 5);
    assertThat(hits).hasSize(5);
    assertThat(hits.get(0).match().id()).isEqualTo("exact");
    assertThat(hits.get(0).similarity()).isCloseTo(1.0, within(1e-3));
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i).similarity()).isLessThanOrEqualTo(hits.get(i - 1).similarity() + 1e-6);
    }
    // The reported similarity is the inner product of the stored vector and the query.
    for (ScoredCase h : hits) {
      float[] v = entries.stream().filter(e -> e.value().id().equals(h.match().id())).findFirst().orElseThrow().vector();
      assertThat(h.similarity()).isCloseTo(Vectors.dot(v, target), within(1e-3));
    }
  }

  @Test
  void searchAsksForMoreThanStoredReturnsAll() {
    Random r = new Random(3);
    store.upsert(sample("x", "c", CaseSource.SEED, 2), randomUnit(r, DIM));
    store.upsert(sample("y", "c", CaseSource.SEED, 2), randomUnit(r, DIM));
    assertThat(store.search(randomUnit(r, DIM), 10)).extracting(s -> s.match().id()).containsExactlyInAnyOrder("x", "y");
  }

  @Test
  void upsertReplacesCaseWithSameId() {
    Random r = new Random(2);
    store.upsert(sample("same", "old-cat", CaseSource.SEED, 2), randomUnit(r, DIM));
    Case newer = sample("same", "new-cat", CaseSource.LEARNED, 9);
    float[] v = randomUnit(r, DIM);
    store.upsert(newer, v);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.get("same")).contains(newer);
    assertThat(store.search(v, 3)).singleElement().satisfies(s -> assertThat(s.match()).isEqualTo(newer));
  }

  @Test
  void filterRestrictsByCategoryAndSource() {
    Random r = new Random(5);
    List<VectorStore.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      CaseSource src = i % 2 == 0 ? CaseSource.SEED : CaseSource.LEARNED;
      entries.add(new VectorStore.Entry(sample("f" + i, i < 6 ? "regex-recompiled" : "unbuffered-io", src, 2), randomUnit(r, DIM)));
    }
    store.upsertAll(entries);
    float[] q = randomUnit(r, DIM);
    assertThat(store.search(q, 20, CaseFilter.category("regex-recompiled")))
        .hasSize(6).allSatisfy(s -> assertThat(s.match().category()).isEqualTo("regex-recompiled"));
    assertThat(store.search(q, 20, CaseFilter.source(CaseSource.LEARNED)))
        .hasSize(6).allSatisfy(s -> assertThat(s.match().source()).isEqualTo(CaseSource.LEARNED));
    assertThat(store.search(q, 20, new CaseFilter("unbuffered-io", CaseSource.SEED)))
        .extracting(s -> s.match().id()).containsExactlyInAnyOrder("f6", "f8", "f10");
  }

  @Test
  void deleteRemovesOnlyThatCase() {
    Random r = new Random(4);
    store.upsert(sample("keep", "c", CaseSource.SEED, 2), randomUnit(r, DIM));
    float[] v = randomUnit(r, DIM);
    store.upsert(sample("drop", "c", CaseSource.SEED, 2), v);
    assertThat(store.delete("drop")).isTrue();
    assertThat(store.delete("drop")).isFalse();
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.get("drop")).isEmpty();
    assertThat(store.search(v, 5)).extracting(s -> s.match().id()).containsExactly("keep");
  }

  @Test
  void wrongDimensionIsRefusedClearlyAndLosesNothing() {
    Random r = new Random(6);
    store.upsert(sample("ok", "c", CaseSource.SEED, 2), randomUnit(r, DIM));
    List<VectorStore.Entry> mixed = List.of(
        new VectorStore.Entry(sample("good", "c", CaseSource.SEED, 2), randomUnit(r, DIM)),
        new VectorStore.Entry(sample("bad", "c", CaseSource.SEED, 2), randomUnit(r, DIM + 3)));
    assertThatThrownBy(() -> store.upsertAll(mixed))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining(String.valueOf(DIM + 3))
        .hasMessageContaining(DIM + "-dimensional");
    assertThatThrownBy(() -> store.search(new float[DIM - 1], 3))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining("dimensions");
    // The whole batch was refused before writing, and the earlier case is intact.
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.get("good")).isEmpty();
    assertThat(store.get("ok")).isPresent();
  }

  @Test
  void forEachVisitsEveryCase() {
    Random r = new Random(8);
    List<VectorStore.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      entries.add(new VectorStore.Entry(sample("e" + i, "c", CaseSource.IMPORT, 2), randomUnit(r, DIM)));
    }
    store.upsertAll(entries);
    List<String> seen = new ArrayList<>();
    store.forEach(c -> seen.add(c.id()));
    assertThat(seen).hasSize(25).containsExactlyInAnyOrderElementsOf(entries.stream().map(e -> e.value().id()).toList());
  }

  @Test
  void forEachEntryGivesEveryCaseWithItsStoredVector() {
    Random r = new Random(10);
    java.util.Map<String, VectorStore.Entry> written = new java.util.HashMap<>();
    for (int i = 0; i < 12; i++) {
      // Not unit length: the store keeps the normalised vector, which is what must come back.
      float[] v = randomUnit(r, DIM);
      for (int k = 0; k < DIM; k++) {
        v[k] *= 3;
      }
      written.put("v" + i, new VectorStore.Entry(sample("v" + i, "c", CaseSource.SEED, 2), v));
    }
    store.upsertAll(List.copyOf(written.values()));
    store.delete("v3");
    List<VectorStore.Entry> seen = new ArrayList<>();
    store.forEachEntry(seen::add);
    assertThat(seen).hasSize(11);
    for (VectorStore.Entry e : seen) {
      VectorStore.Entry w = written.get(e.value().id());
      assertThat(e.value()).isEqualTo(w.value());
      float[] expected = Vectors.normalize(w.vector().clone());
      assertThat(e.vector()).hasSize(DIM);
      for (int k = 0; k < DIM; k++) {
        assertThat(e.vector()[k]).isCloseTo(expected[k], within(1e-5f));
      }
    }
    assertThat(seen).noneMatch(e -> e.value().id().equals("v3"));
  }

  @Test
  void dataSurvivesCloseAndReopen() {
    Random r = new Random(9);
    float[] v = randomUnit(r, DIM);
    Case c = sample("durable", "c", CaseSource.LEARNED, 3.5);
    store.upsert(c, v);
    store.close();
    store = reopen(DIM);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.get("durable")).contains(c);
    assertThat(store.search(v, 1).get(0).similarity()).isCloseTo(1.0, within(1e-3));
    assertThat(store.dimension()).isEqualTo(DIM);
  }

  @Test
  void reopeningWithAnotherDimensionIsAClearError() {
    store.upsert(sample("x", "c", CaseSource.SEED, 2), randomUnit(new Random(1), DIM));
    store.close();
    store = null;
    assertThatThrownBy(() -> reopen(DIM * 2))
        .isInstanceOf(KnowledgeBaseException.class)
        .hasMessageContaining(DIM + "-dimensional")
        .hasMessageContaining(String.valueOf(DIM * 2));
    store = reopen(DIM);
    assertThat(store.count()).isEqualTo(1);
  }
}
