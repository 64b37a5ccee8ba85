package dev.flamefix.bench.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Every seed case, in a stable order (category, then declaration order). */
public final class SeedCatalog {
  private static final List<SeedCase<?>> ALL = load();
  private static final Map<String, SeedCase<?>> BY_ID = index(ALL);

  private SeedCatalog() {}

  private static List<SeedCase<?>> load() {
    List<SeedCase<?>> all = new ArrayList<>();
    all.addAll(StringConcatSeeds.cases());
    all.addAll(LinearSearchSeeds.cases());
    all.addAll(RegexSeeds.cases());
    all.addAll(FormatterSeeds.cases());
    all.addAll(BoxedAccumulationSeeds.cases());
    all.addAll(LinkedListSeeds.cases());
    all.addAll(SortCopySeeds.cases());
    all.addAll(NestedLoopJoinSeeds.cases());
    all.addAll(SynchronizedLegacySeeds.cases());
    all.addAll(ExceptionFlowSeeds.cases());
    all.addAll(StreamBoxingSeeds.cases());
    all.addAll(UnbufferedIoSeeds.cases());
    all.addAll(DoubleLookupSeeds.cases());
    all.addAll(LoopInvariantSeeds.cases());
    all.addAll(ReflectionSeeds.cases());
    all.addAll(MemoizationSeeds.cases());
    return List.copyOf(all);
  }

  private static Map<String, SeedCase<?>> index(List<SeedCase<?>> cases) {
    Map<String, SeedCase<?>> byId = new LinkedHashMap<>();
    for (SeedCase<?> c : cases) {
      if (byId.put(c.id(), c) != null) {
        throw new IllegalStateException("duplicate seed case id: " + c.id());
      }
      if (!SeedCategories.ALL.contains(c.category())) {
        throw new IllegalStateException("unknown category " + c.category() + " in " + c.id());
      }
    }
    return byId;
  }

  /** All cases. */
  public static List<SeedCase<?>> all() {
    return ALL;
  }

  /** All case ids, in catalog order. */
  public static List<String> ids() {
    return List.copyOf(BY_ID.keySet());
  }

  /**
   * The case with this id.
   *
   * @throws NoSuchElementException if there is none
   */
  public static SeedCase<?> byId(String id) {
    SeedCase<?> c = BY_ID.get(id);
    if (c == null) {
      throw new NoSuchElementException("no seed case with id " + id);
    }
    return c;
  }
}
