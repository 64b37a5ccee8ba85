package dev.flamefix.kb.seed;

import java.util.List;

/** The anti-pattern category ids of the seed corpus (recipes and eval use exactly these). */
public final class SeedCategories {
  public static final String STRING_CONCAT = "string-concat-in-loop";
  public static final String LINEAR_SEARCH = "linear-search-in-loop";
  public static final String REGEX = "regex-recompiled";
  public static final String FORMATTER = "formatter-recreated";
  public static final String BOXED = "boxed-accumulation";
  public static final String LINKEDLIST = "linkedlist-indexed-access";
  public static final String SORT_COPY = "sort-or-copy-in-loop";
  public static final String JOIN = "nested-loop-join";
  public static final String SYNC_LEGACY = "synchronized-legacy-collection";
  public static final String EXCEPTION = "exception-control-flow";
  public static final String STREAM_BOXING = "stream-boxing";
  public static final String UNBUFFERED_IO = "unbuffered-io";
  public static final String DOUBLE_LOOKUP = "double-map-lookup";
  public static final String LOOP_INVARIANT = "loop-invariant";
  public static final String REFLECTION = "reflection-hot-path";
  public static final String MEMOIZATION = "missing-memoization";

  /** All sixteen ids, in the order of the shared vocabulary. */
  public static final List<String> ALL =
      List.of(
          STRING_CONCAT, LINEAR_SEARCH, REGEX, FORMATTER, BOXED, LINKEDLIST, SORT_COPY, JOIN,
          SYNC_LEGACY, EXCEPTION, STREAM_BOXING, UNBUFFERED_IO, DOUBLE_LOOKUP, LOOP_INVARIANT,
          REFLECTION, MEMOIZATION);

  private SeedCategories() {}
}
