package dev.flamefix.validator.differential;

import java.util.List;

/**
 * One differential check, as handed to the child JVM (serialized as JSON).
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

  /** A task without message strings. */
  public DifferentialTask(String id, String originalClass, String candidateClass,
      List<String> methods, int calls, long seed, double relativeTolerance,
      double absoluteTolerance, long callTimeoutMillis, String receiverFactory,
      List<String> strings, List<Long> numbers, List<String> textCalls,
      List<Integer> originalLines, List<Integer> candidateLines, int searchCalls,
      long searchMillis, List<String> helperMethods, String recordedCalls,
      List<PreconditionSpec> preconditions) {
    this(id, originalClass, candidateClass, methods, calls, seed, relativeTolerance,
        absoluteTolerance, callTimeoutMillis, receiverFactory, strings, numbers, textCalls,
        originalLines, candidateLines, searchCalls, searchMillis, helperMethods, recordedCalls,
        preconditions, null);
  }

  /** A task without recorded calls. */
  public DifferentialTask(String id, String originalClass, String candidateClass,
      List<String> methods, int calls, long seed, double relativeTolerance,
      double absoluteTolerance, long callTimeoutMillis, String receiverFactory,
      List<String> strings, List<Long> numbers, List<String> textCalls,
      List<Integer> originalLines, List<Integer> candidateLines, int searchCalls,
      long searchMillis, List<String> helperMethods, List<PreconditionSpec> preconditions) {
    this(id, originalClass, candidateClass, methods, calls, seed, relativeTolerance,
        absoluteTolerance, callTimeoutMillis, receiverFactory, strings, numbers, textCalls,
        originalLines, candidateLines, searchCalls, searchMillis, helperMethods, null,
        preconditions);
  }

  /** A task without the coverage gate and without text-call hints. */
  public DifferentialTask(String id, String originalClass, String candidateClass,
      List<String> methods, int calls, long seed, double relativeTolerance,
      double absoluteTolerance, long callTimeoutMillis, String receiverFactory,
      List<String> strings, List<Long> numbers) {
    this(id, originalClass, candidateClass, methods, calls, seed, relativeTolerance,
        absoluteTolerance, callTimeoutMillis, receiverFactory, strings, numbers, List.of(), null,
        null, 0, 0, null, null);
  }

  /** This task replaying the recorded calls in {@code file}. */
  public DifferentialTask withRecordedCalls(String file) {
    return new DifferentialTask(id, originalClass, candidateClass, methods, calls, seed,
        relativeTolerance, absoluteTolerance, callTimeoutMillis, receiverFactory, strings, numbers,
        textCalls, originalLines, candidateLines, searchCalls, searchMillis, helperMethods, file,
        preconditions, messageStrings);
  }

  /** This task knowing which of its strings only build exception messages. */
  public DifferentialTask withMessageStrings(List<String> messages) {
    return new DifferentialTask(id, originalClass, candidateClass, methods, calls, seed,
        relativeTolerance, absoluteTolerance, callTimeoutMillis, receiverFactory, strings, numbers,
        textCalls, originalLines, candidateLines, searchCalls, searchMillis, helperMethods,
        recordedCalls, preconditions, List.copyOf(messages));
  }

  /**
   * The string literals a benchmark input may be built from alone: {@link #strings()} without
   * the exception messages.
   */
  public List<String> valueStrings() {
    List<String> all = strings == null ? List.of() : strings;
    return messageStrings == null ? all
        : all.stream().filter(s -> !messageStrings.contains(s)).toList();
  }

  /** A task without preconditions. */
  public DifferentialTask(String id, String originalClass, String candidateClass,
      List<String> methods, int calls, long seed, double relativeTolerance,
      double absoluteTolerance, long callTimeoutMillis, String receiverFactory,
      List<String> strings, List<Long> numbers, List<String> textCalls,
      List<Integer> originalLines, List<Integer> candidateLines, int searchCalls,
      long searchMillis, List<String> helperMethods) {
    this(id, originalClass, candidateClass, methods, calls, seed, relativeTolerance,
        absoluteTolerance, callTimeoutMillis, receiverFactory, strings, numbers, textCalls,
        originalLines, candidateLines, searchCalls, searchMillis, helperMethods, null, null);
  }

  /** Whether {@code selector} (one of {@link #methods()}) names a changed helper. */
  public boolean isHelper(String selector) {
    return helperMethods != null && helperMethods.contains(selector);
  }

  /** Whether the differential stage must measure coverage of the changed lines. */
  public boolean coverageGate() {
    return originalLines != null || candidateLines != null;
  }
}
