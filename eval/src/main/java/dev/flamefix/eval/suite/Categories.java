package dev.flamefix.eval.suite;

import java.util.List;

/** The shared knowledge-base / recipe / evaluation category ids. */
public final class Categories {

  /** Every category id, in the order the project vocabulary lists them. */
  public static final List<String> ALL =
      List.of(
          "string-concat-in-loop",
          "linear-search-in-loop",
          "regex-recompiled",
          "formatter-recreated",
          "boxed-accumulation",
          "linkedlist-indexed-access",
          "sort-or-copy-in-loop",
          "nested-loop-join",
          "synchronized-legacy-collection",
          "exception-control-flow",
          "stream-boxing",
          "unbuffered-io",
          "double-map-lookup",
          "loop-invariant",
          "reflection-hot-path",
          "missing-memoization");

  private Categories() {}

  /** Whether {@code id} is one of the shared category ids. */
  public static boolean isKnown(String id) {
    return ALL.contains(id);
  }
}
