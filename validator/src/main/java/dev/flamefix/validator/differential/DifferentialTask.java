package dev.flamefix.validator.differential;

import java.util.List;

/**
 * One differential check, as handed to the child JVM (serialized as JSON, one property per
 * component; the child reads it back through the canonical constructor). Build one with {@link
 * #builder}; {@link #toBuilder()} changes a field of an existing task.
 *
 * @param id caller's id, echoed in the result
 * @param originalClass binary name of the original class
 * @param candidateClass binary name of the renamed candidate class
 * @param methods target methods: {@code name} or {@code name(Type,...)}
 * @param calls calls per method (edge cases first, then random)
 * @param seed seed of the random phase
 * @param relativeTolerance floating-point relative tolerance
 * @param absoluteTolerance floating-point absolute tolerance
 * @param callTimeoutMillis time one call may take before it counts as an infinite loop
 * @param receiverFactory optional {@code fqcn#method} of a static {@code Object m(Class<?>)}
 *     building receivers of either class; {@code null} to use the simplest constructor
 * @param strings string literals of both sources, used as input dictionary
 * @param numbers integer literals of both sources
 * @param textCalls names of string-dissecting calls in both sources ({@code parseLong}, {@code
 *     trim}, ...), which shape the generated strings
 * @param originalLines lines of the original the rewrite changed (see {@link
 *     dev.flamefix.validator.coverage.ChangedLines}); {@code null} with {@code candidateLines}
 *     {@code null} when no coverage gate is wanted
 * @param candidateLines lines of the candidate the rewrite changed
 * @param searchCalls calls the coverage-guided search may add when the plain budget leaves the
 *     gate unmet (per task, all methods together); 0 for none
 * @param searchMillis wall-clock limit of that search in milliseconds
 * @param helperMethods those of {@code methods} that are changed helpers rather than targets:
 *     compared the same way, skipped (with the reason in their report) when no inputs can be
 *     generated for them, and not benchmarked; {@code null} for none
 * @param recordedCalls absolute path of a {@link dev.flamefix.recording.RecordingBatch} file
 *     beside the task file holding real calls of one target method to replay after the generated
 *     inputs (payloads stay out of the JSON), or {@code null}
 * @param preconditions the compared methods' preconditions: inputs outside them are discarded
 *     before either side is called, here and in the benchmark's inputs; {@code null} for none
 * @param messageStrings those of {@code strings} that only ever build exception messages (see
 *     {@link dev.flamefix.validator.compile.Literals#messages()}); {@code null} for none
 */
public record DifferentialTask(String id, String originalClass, String candidateClass,
    List<String> methods, int calls, long seed, double relativeTolerance,
    double absoluteTolerance, long callTimeoutMillis, String receiverFactory,
    List<String> strings, List<Long> numbers, List<String> textCalls,
    List<Integer> originalLines, List<Integer> candidateLines, int searchCalls,
    long searchMillis, List<String> helperMethods, String recordedCalls,
    List<PreconditionSpec> preconditions, List<String> messageStrings) {

  /**
   * The string literals a benchmark input may be built from alone: {@link #strings()} without
   * the exception messages.
   */
  public List<String> valueStrings() {
    List<String> all = strings == null ? List.of() : strings;
    return messageStrings == null ? all
        : all.stream().filter(s -> !messageStrings.contains(s)).toList();
  }

  /** Whether {@code selector} (one of {@link #methods()}) names a changed helper. */
  public boolean isHelper(String selector) {
    return helperMethods != null && helperMethods.contains(selector);
  }

  /** Whether the differential stage must measure coverage of the changed lines. */
  public boolean coverageGate() {
    return originalLines != null || candidateLines != null;
  }

  /**
   * A builder of the task comparing {@code methods} of {@code originalClass} with their
   * counterparts in {@code candidateClass}; every other field starts at its default (see {@link
   * Builder}).
   */
  public static Builder builder(String id, String originalClass, String candidateClass,
      List<String> methods) {
    return new Builder(id, originalClass, candidateClass, methods);
  }

  /** A builder holding every field of this task. */
  public Builder toBuilder() {
    Builder b = new Builder(id, originalClass, candidateClass, methods);
    b.calls = calls;
    b.seed = seed;
    b.relativeTolerance = relativeTolerance;
    b.absoluteTolerance = absoluteTolerance;
    b.callTimeoutMillis = callTimeoutMillis;
    b.receiverFactory = receiverFactory;
    b.strings = strings;
    b.numbers = numbers;
    b.textCalls = textCalls;
    b.originalLines = originalLines;
    b.candidateLines = candidateLines;
    b.searchCalls = searchCalls;
    b.searchMillis = searchMillis;
    b.helperMethods = helperMethods;
    b.recordedCalls = recordedCalls;
    b.preconditions = preconditions;
    b.messageStrings = messageStrings;
    return b;
  }

  /**
   * Builder of {@link DifferentialTask}. Defaults (those of {@code ValidationOptions} where it
   * has the setting): 500 calls, seed 20261121, tolerances 1e-9 relative and 1e-12 absolute, a
   * 5,000 ms call limit; no receiver factory (the simplest constructor), no strings, numbers or
   * text calls; no coverage gate (changed lines {@code null}) and no coverage-guided search (0
   * calls, 0 ms); no helper methods, recorded calls, preconditions or message strings ({@code
   * null}). See the record's components for what each field means.
   */
  public static final class Builder {
    private final String id;
    private final String originalClass;
    private final String candidateClass;
    private final List<String> methods;
    private int calls = 500;
    private long seed = 20261121L;
    private double relativeTolerance = 1e-9;
    private double absoluteTolerance = 1e-12;
    private long callTimeoutMillis = 5_000;
    private String receiverFactory;
    private List<String> strings = List.of();
    private List<Long> numbers = List.of();
    private List<String> textCalls = List.of();
    private List<Integer> originalLines;
    private List<Integer> candidateLines;
    private int searchCalls;
    private long searchMillis;
    private List<String> helperMethods;
    private String recordedCalls;
    private List<PreconditionSpec> preconditions;
    private List<String> messageStrings;

    private Builder(String id, String originalClass, String candidateClass,
        List<String> methods) {
      this.id = id;
      this.originalClass = originalClass;
      this.candidateClass = candidateClass;
      this.methods = methods;
    }

    /** Calls per method, edge cases first, then random. */
    public Builder calls(int calls) {
      this.calls = calls;
      return this;
    }

    /** Seed of the random phase. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Floating-point tolerances, relative and absolute. */
    public Builder tolerance(double relative, double absolute) {
      this.relativeTolerance = relative;
      this.absoluteTolerance = absolute;
      return this;
    }

    /** Time one call may take before it counts as an infinite loop. */
    public Builder callTimeoutMillis(long millis) {
      this.callTimeoutMillis = millis;
      return this;
    }

    /** {@code fqcn#method} of a static {@code Object m(Class<?>)} building receivers, or null. */
    public Builder receiverFactory(String factory) {
      this.receiverFactory = factory;
      return this;
    }

    /** The sources' literals: strings, integers, and names of string-dissecting calls. */
    public Builder literals(List<String> strings, List<Long> numbers, List<String> textCalls) {
      this.strings = strings;
      this.numbers = numbers;
      this.textCalls = textCalls;
      return this;
    }

    /**
     * The changed lines of each side, which turn the coverage gate on (both {@code null}: off).
     */
    public Builder changedLines(List<Integer> original, List<Integer> candidate) {
      this.originalLines = original;
      this.candidateLines = candidate;
      return this;
    }

    /** Calls and wall-clock milliseconds of the coverage-guided search (0 calls: none). */
    public Builder coverageSearch(int calls, long millis) {
      this.searchCalls = calls;
      this.searchMillis = millis;
      return this;
    }

    /** Those of the methods that are changed helpers rather than targets, or null. */
    public Builder helperMethods(List<String> helpers) {
      this.helperMethods = helpers;
      return this;
    }

    /** Absolute path of a recording file beside the task file to replay, or null. */
    public Builder recordedCalls(String file) {
      this.recordedCalls = file;
      return this;
    }

    /** The compared methods' preconditions, or null. */
    public Builder preconditions(List<PreconditionSpec> preconditions) {
      this.preconditions = preconditions;
      return this;
    }

    /** Those of the strings that only build exception messages (copied), or null. */
    public Builder messageStrings(List<String> messages) {
      this.messageStrings = messages == null ? null : List.copyOf(messages);
      return this;
    }

    /** The task. */
    public DifferentialTask build() {
      return new DifferentialTask(id, originalClass, candidateClass, methods, calls, seed,
          relativeTolerance, absoluteTolerance, callTimeoutMillis, receiverFactory, strings,
          numbers, textCalls, originalLines, candidateLines, searchCalls, searchMillis,
          helperMethods, recordedCalls, preconditions, messageStrings);
    }
  }
}
