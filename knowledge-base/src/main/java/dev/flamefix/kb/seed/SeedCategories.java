package dev.flamefix.kb.seed;

import java.util.List;

/**
 * The anti-pattern category ids of the seed corpus. {@link #ALL} are the sixteen original
 * categories (every one has recipe programs in the evaluation suite and at least eight cases);
 * {@link #FAMILIES} are the transformation families added for issue 14 (at least three cases each,
 * recipes for some); {@link #KNOWN} is both.
 */
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

  public static final String LIST_AS_SET = "list-as-set";
  public static final String PREFIX_SUM = "prefix-sum-range-query";
  public static final String PAIR_SUM = "pair-sum-hashing";
  public static final String SLIDING_WINDOW = "sliding-window-recompute";
  public static final String FORMAT_IN_LOOP = "string-format-in-loop";
  public static final String POW_SMALL_EXPONENT = "pow-for-small-integer-exponent";
  public static final String LIST_REMOVE_HEAD = "list-remove-head";
  public static final String STREAM_COUNT_EXISTENCE = "stream-count-for-existence";
  public static final String BOXED_PRIMITIVE_LIST = "boxed-primitive-list";
  public static final String SPLIT_REPARSE = "string-split-reparse";
  public static final String SORTED_LINEAR_SEARCH = "sorted-array-linear-search";
  public static final String MIN_MAX_BY_SORTING = "min-max-by-sorting";
  public static final String ARRAY_COPY_LOOP = "array-copy-loop";
  public static final String KEYSET_THEN_GET = "keyset-then-get";
  public static final String ENUM_VALUES_IN_LOOP = "enum-values-in-loop";

  /** The sixteen original ids, in the order of the shared vocabulary. */
  public static final List<String> ALL =
      List.of(
          STRING_CONCAT, LINEAR_SEARCH, REGEX, FORMATTER, BOXED, LINKEDLIST, SORT_COPY, JOIN,
          SYNC_LEGACY, EXCEPTION, STREAM_BOXING, UNBUFFERED_IO, DOUBLE_LOOKUP, LOOP_INVARIANT,
          REFLECTION, MEMOIZATION);

  /** The fifteen families added for issue 14 (each backed by at least three seed cases). */
  public static final List<String> FAMILIES =
      List.of(
          LIST_AS_SET, PREFIX_SUM, PAIR_SUM, SLIDING_WINDOW, FORMAT_IN_LOOP, POW_SMALL_EXPONENT,
          LIST_REMOVE_HEAD, STREAM_COUNT_EXISTENCE, BOXED_PRIMITIVE_LIST, SPLIT_REPARSE,
          SORTED_LINEAR_SEARCH, MIN_MAX_BY_SORTING, ARRAY_COPY_LOOP, KEYSET_THEN_GET,
          ENUM_VALUES_IN_LOOP);

  /** Every category a seed case, a recipe or a suite program may name: {@link #ALL} then {@link #FAMILIES}. */
  public static final List<String> KNOWN =
      java.util.stream.Stream.concat(ALL.stream(), FAMILIES.stream()).toList();

  private SeedCategories() {}
}
