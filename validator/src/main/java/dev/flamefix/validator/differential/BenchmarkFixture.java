package dev.flamefix.validator.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * What a generated JMH benchmark needs for one target method: method handles of the original and
 * the candidate with one uniform shape {@code (Object receiver, Object[] args) -> Object}, their
 * receivers, and the same representative inputs for both. Runs only in the sandboxed child.
 *
 * <p>Both sides go through identical handle adapters, so the call overhead is the same and the
 * ratio of scores is the ratio of the methods' own costs. A method that takes and returns only
 * primitives also gets exactly typed handles ({@link #exactOriginal}) and its inputs as primitive
 * arrays ({@link #column}): there the uniform adapter's boxing cost as much as the method.
 */
public final class BenchmarkFixture {

  /**
   * Representative input tuples per benchmark operation, at least: a method taking only scalars
   * (numbers, booleans, characters, enums) gets more, since its inputs cannot grow ({@link
   * #MAX_TUPLES}).
   */
  public static final int INPUTS = 3;
  /**
   * Most input tuples per operation of a scalar-only method: it gets this many, halved while one
   * operation of the original costs more than {@link InputSizing#SCALAR_CAP_NANOS} (down to
   * {@link #INPUTS}), so a method of a few nanoseconds per call is measured over thousands of
   * varied calls rather than at the timer's resolution or over a sequence short enough for the
   * branch predictor to learn.
   */
  static final int MAX_TUPLES = 4096;

  /** Longest a representative call of the original may take; longer inputs are clamped. */
  private static final long REPRESENTATIVE_CALL_MILLIS = 1000;

  /** Uniform handle to the original method. */
  public final MethodHandle original;
  /** Uniform handle to the candidate method. */
  public final MethodHandle candidate;
  /**
   * Exactly typed handle to the original ({@link PrimitiveShape#handleType()}) when the method
   * takes and returns only primitives, else {@code null}: the benchmark then invokes it on
   * {@link #column} values with no spreading or boxing.
   */
  public final MethodHandle exactOriginal;
  /** Exactly typed handle to the candidate, as {@link #exactOriginal}. */
  public final MethodHandle exactCandidate;
  /** The original's receiver, or {@code null} for static methods. */
  public final Object originalReceiver;
  /** The candidate's receiver, or {@code null} for static methods. */
  public final Object candidateReceiver;
  /** Argument tuples of the original. */
  public final Object[][] inputs;
  /**
   * The same argument tuples built again for the candidate, in its own twins of types nested in
   * the original class where the target method takes such types.
   */
  public final Object[][] candidateInputs;
  /** Signature of the benchmarked method. */
  public final String signature;

  /**
   * Elements in each top-level collection or array of the inputs, as sized ({@link InputSizing});
   * for a scalar-only method, the number of input tuples per operation.
   */
  public final int inputSize;
  private final PrimitiveShape shape;
  private final List<List<Value>> plans;
  private final Inputs picked;

  private BenchmarkFixture(MethodHandle original, MethodHandle candidate,
      MethodHandle exactOriginal, MethodHandle exactCandidate, PrimitiveShape shape,
      Object originalReceiver, Object candidateReceiver, Inputs picked,
      Counterparts candidateSide, String signature, int inputSize) {
    this.shape = shape;
    this.original = original;
    this.candidate = candidate;
    this.exactOriginal = exactOriginal;
    this.exactCandidate = exactCandidate;
    this.originalReceiver = originalReceiver;
    this.candidateReceiver = candidateReceiver;
    this.picked = picked;
    this.plans = picked.plans();
    this.inputs = materialize(plans, Counterparts.IDENTITY);
    this.candidateInputs = materialize(plans, candidateSide);
    this.signature = signature;
    this.inputSize = inputSize;
  }

  /**
   * Builds the fixture of method {@code methodIndex} of task {@code taskIndex} in {@code taskFile}
   * with collections of at least {@code size} elements: more where one operation of the original
   * on them would be too cheap to measure ({@link InputSizing}). The size is chosen once per run
   * and kept in {@link #sizeFile} of the temp directory, so every JMH fork, the original's and
   * the candidate's, builds the same inputs.
   */
  public static BenchmarkFixture load(String taskFile, int taskIndex, int methodIndex, int size) {
    Target read = Target.read(taskFile, taskIndex, methodIndex);
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path file = sizeFile(tmp, taskIndex, methodIndex);
    Path receiverFile = tmp.resolve("flamefix-receiver-" + taskIndex + "-" + methodIndex);
    Path picks = tmp.resolve("flamefix-input-picks-" + taskIndex + "-" + methodIndex);
    try {
      int receiver = Files.exists(receiverFile)
          ? Integer.parseInt(Files.readString(receiverFile).strip())
          : read.medianReceiver(read.sizeable() ? size : INPUTS);
      Files.writeString(receiverFile, Integer.toString(receiver));
      Target target = read.withReceiver(receiver);
      if (Files.exists(file) && Files.exists(picks)) {
        // A measured fork: rebuild the kept inputs without calling the original, so the fork
        // holds no profile of it before JMH measures one side.
        return target.build(Integer.parseInt(Files.readString(file).strip()),
            Files.readString(picks).strip());
      }
      int chosen = Files.exists(file) ? Integer.parseInt(Files.readString(file).strip())
          : target.sizeable() ? size(target, startSize(target, size),
              Math.max(size, InputSizing.MAX_SIZE), InputSizing.THRESHOLD_NANOS)
          : tuples(target);
      BenchmarkFixture fixture = target.build(chosen);
      Files.writeString(file, Integer.toString(chosen));
      Files.writeString(picks, fixture.picked.decisions());
      return fixture;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the benchmark input size in " + file, e);
    }
  }

  /**
   * The fixture of that method at exactly {@code size}, on its first receiver plan, keeping
   * nothing in the temp directory: for tests of what both sides are given.
   */
  static BenchmarkFixture buildOnly(String taskFile, int taskIndex, int methodIndex, int size) {
    return Target.read(taskFile, taskIndex, methodIndex).build(size);
  }

  /**
   * The configured size, or the largest top-level size of the method's recorded production
   * calls when that is larger (capped at {@link InputSizing#MAX_SIZE}).
   */
  private static int startSize(Target target, int configured) {
    int recorded = RecordedSizes.largest(target.task().recordedCalls(), target.originalMethod(),
        target.candidateClass());
    return Math.max(configured, Math.min(InputSizing.MAX_SIZE, recorded));
  }

  /**
   * Where the chosen input size of a method is kept in the benchmark's temp directory {@code
   * tmp}; the host reads it back for the report.
   */
  public static Path sizeFile(Path tmp, int taskIndex, int methodIndex) {
    return tmp.resolve("flamefix-input-size-" + taskIndex + "-" + methodIndex);
  }

  /**
   * Receivers drawn for an instance method's benchmark; the one on which the original's
   * operation costs the median is used. One receiver's state can make the method skip its work
   * (a threshold above every element), which production's hot method evidently does not; the
   * median keeps such extremes out without favouring the original's dearest state.
   */
  static final int RECEIVER_PLANS = 3;

  /**
   * Time the choice of a receiver may take in all (each plan builds its inputs through guarded
   * calls of the original); past it the plans priced so far decide. The JMH child's time limit
   * allows for it like for the sizing.
   */
  private static final long RECEIVER_BUDGET_NANOS = 3_000_000_000L;

  /**
   * Size of the collections a benchmark receiver's constructor and mutators are given: fixed,
   * so that the receiver stays the same while the inputs' size is doubled and the original's
   * growth measured is the inputs' alone.
   */
  private static final int RECEIVER_SIZE = 64;

  /** Longest one representative call of the original may take for its size to be doubled. */
  private static final long SIZING_CALL_NANOS = 100_000_000L;
  /** Time the sizing of one method may take in all; past it the size stops growing. */
  private static final long SIZING_BUDGET_NANOS = 5_000_000_000L;
  /** Length of one timed round of repeated operations while sizing. */
  private static final long ROUND_NANOS = 10_000_000L;

  /**
   * Argument tuples per operation of a scalar-only method: as many as affordable. A first set-up
   * at {@link #INPUTS} tuples prices one tuple; only the count that price affords is built next
   * (and halved while it still costs too much, within {@link #SIZING_BUDGET_NANOS}), so a method
   * whose calls take milliseconds (an exponential recursion clamped to what returns) never builds
   * thousands of tuples, each drawn through a guarded call of up to {@link
   * #REPRESENTATIVE_CALL_MILLIS}.
   */
  private static int tuples(Target target) {
    long deadline = System.nanoTime() + SIZING_BUDGET_NANOS;
    OptionalLong sample = tupleCost(target, INPUTS);
    if (sample.isEmpty()) {
      return INPUTS;
    }
    int affordable = InputSizing.affordableFromSample(INPUTS, MAX_TUPLES,
        InputSizing.SCALAR_CAP_NANOS, sample.getAsLong());
    return InputSizing.largestAffordable(INPUTS, affordable, InputSizing.SCALAR_CAP_NANOS,
        s -> System.nanoTime() > deadline ? OptionalLong.empty() : tupleCost(target, s));
  }

  /** Nanoseconds per operation of the original over {@code tuples} tuples; empty if unusable. */
  private static OptionalLong tupleCost(Target target, int tuples) {
    try {
      BenchmarkFixture f = target.build(tuples);
      long nanos = f.picked.slowestNanos() > SIZING_CALL_NANOS ? -1
          : f.originalNanosPerOperation();
      return nanos < 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
    } catch (RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  private static int size(Target target, int start, int max, long thresholdNanos) {
    long deadline = System.nanoTime() + SIZING_BUDGET_NANOS;
    List<List<List<Value>>> previous = new ArrayList<>();
    return InputSizing.choose(start, max, thresholdNanos, s -> {
          if (System.nanoTime() > deadline) {
            return OptionalLong.empty();
          }
          BenchmarkFixture f;
          try {
            f = target.build(s);
          } catch (RuntimeException e) {
            return OptionalLong.empty();
          }
          // Clamped inputs or ones that did not grow (strings keep their length) gain nothing.
          boolean grew = previous.isEmpty() || !previous.get(0).equals(f.plans);
          if (f.picked.clamped() || f.picked.slowestNanos() > SIZING_CALL_NANOS || !grew) {
            return OptionalLong.empty();
          }
          previous.clear();
          previous.add(f.plans);
          long nanos = f.originalNanosPerOperation();
          return nanos < 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
        });
  }

  /**
   * The original's cost of one benchmark operation: the least average over ten rounds of
   * repeated operations, so the JIT has compiled it by the last ones (three were too few for a
   * method of a few nanoseconds on a loaded machine: still interpreted, it looked 50 times
   * dearer); -1 if it throws.
   */
  private long originalNanosPerOperation() {
    // This thread's CPU time where the JVM can read it: on a machine shared with other builds,
    // wall time counts the time the thread waited for a core, and a cheap method looked dear.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long best = Long.MAX_VALUE;
    try {
      for (int round = 0; round < 10; round++) {
        long start = System.nanoTime();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long elapsed;
        long ops = 0;
        do {
          for (Object[] args : inputs) {
            Object ignored = (Object) original.invokeExact(originalReceiver, args);
          }
          ops++;
          elapsed = System.nanoTime() - start;
        } while (elapsed < ROUND_NANOS);
        long spent = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : elapsed;
        best = Math.min(best, spent / ops);
      }
    } catch (Throwable t) {
      return -1;
    }
    return best;
  }


  /** The benchmarked method and what building its inputs needs, read once per fork. */
  private record Target(DifferentialTask task, Class<?> originalClass, Class<?> candidateClass,
      List<Method> methods, Method originalMethod, Method candidateMethod, int receiver) {

    static Target read(String taskFile, int taskIndex, int methodIndex) {
      try {
        DifferentialTask task = new ObjectMapper()
            .readValue(Path.of(taskFile).toFile(), DifferentialTask[].class)[taskIndex];
        ClassLoader loader = BenchmarkFixture.class.getClassLoader();
        Class<?> originalClass = Class.forName(task.originalClass(), true, loader);
        Class<?> candidateClass = Class.forName(task.candidateClass(), true, loader);
        List<Method> methods = new ArrayList<>();
        for (String selector : task.methods()) {
          methods.addAll(MethodSelector.resolve(originalClass, selector));
        }
        Method originalMethod = methods.get(methodIndex);
        Method candidateMethod = MethodSelector.counterpart(candidateClass, originalMethod);
        originalMethod.setAccessible(true);
        candidateMethod.setAccessible(true);
        return new Target(task, originalClass, candidateClass, methods, originalMethod,
            candidateMethod, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot set up benchmark: " + e, e);
      }
    }

    /** This target benchmarked on receiver plan {@code index} ({@link #RECEIVER_PLANS}). */
    Target withReceiver(int index) {
      return new Target(task, originalClass, candidateClass, methods, originalMethod,
          candidateMethod, index);
    }

    /**
     * The receiver plan on which one operation of the original at {@code size} costs the
     * median among those usable (the dearer of two); 0 for a static method or when none is.
     */
    int medianReceiver(int size) {
      if (!MethodSelector.isInstance(originalMethod)) {
        return 0;
      }
      List<long[]> costs = new ArrayList<>();
      long deadline = System.nanoTime() + RECEIVER_BUDGET_NANOS;
      for (int i = 0; i < RECEIVER_PLANS && System.nanoTime() < deadline; i++) {
        try {
          long nanos = withReceiver(i).build(size).originalNanosPerOperation();
          if (nanos >= 0) {
            costs.add(new long[] {nanos, i});
          }
        } catch (RuntimeException e) {
          // Unusable receiver: its inputs could not be built or the original failed on all.
        }
      }
      if (costs.isEmpty()) {
        return 0;
      }
      costs.sort((a, b) -> Long.compare(a[0], b[0]));
      return (int) costs.get(costs.size() / 2)[1];
    }

    /** Whether a parameter can grow: scalar-only methods keep their inputs. */
    boolean sizeable() {
      for (Class<?> p : originalMethod.getParameterTypes()) {
        if (!(p.isPrimitive() || p.isEnum() || Number.class.isAssignableFrom(p)
            || p == Boolean.class || p == Character.class)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Draws every receiver plan (so each index means the same receiver in every fork and at
     * every size) and returns the chosen one; one that cannot be built from representative
     * values falls back to another, and to the differential stage's way when none can.
     */
    private Value receiverPlan(Receivers receivers, ValueGenerator generator) {
      List<Value> plans = new ArrayList<>();
      for (int i = 0; i < RECEIVER_PLANS; i++) {
        try {
          plans.add(receivers.representativePlan(generator, RECEIVER_SIZE));
        } catch (GenerationException e) {
          plans.add(null);
        }
      }
      if (plans.get(receiver) != null) {
        return plans.get(receiver);
      }
      for (Value p : plans) {
        if (p != null) {
          return p;
        }
      }
      return receivers.plan(generator);
    }

    /**
     * A fresh fixture with inputs of {@code size} (tuples, for a scalar-only method): same seed,
     * so the same size gives the same.
     */
    BenchmarkFixture build(int size) {
      return build(size, null);
    }

    /**
     * As {@link #build(int)}, replaying {@code decisions} ({@link Inputs#decisions()} of a build
     * of the same size) instead of calling the original, or calling it where {@code null}.
     */
    BenchmarkFixture build(int size, String decisions) {
      try {
        Random random = new Random(task.seed() ^ 0x5DEECE66DL);
        ValueGenerator generator = new ValueGenerator(random,
            ValueGenerator.Dictionary.of(task.strings(), task.numbers(), task.textCalls()));
        Counterparts candidateSide = Counterparts.of(originalClass, candidateClass);
        Object originalReceiver = null;
        Object candidateReceiver = null;
        if (MethodSelector.isInstance(originalMethod)) {
          Receivers receivers =
              new Receivers(originalClass, candidateClass, candidateSide, task.receiverFactory());
          methods.forEach(generator::avoid);
          Value plan = receiverPlan(receivers, generator);
          originalReceiver = receivers.build(false, plan);
          candidateReceiver = receivers.build(true, plan);
        }
        boolean scalar = !sizeable();
        PrimitiveShape shape = PrimitiveShape.of(originalMethod);
        Inputs picked = inputs(originalMethod, originalReceiver, generator, size, scalar,
            task.preconditions(), decisions, task.valueStrings());
        return new BenchmarkFixture(uniform(originalMethod), uniform(candidateMethod),
            exact(originalMethod, shape), exact(candidateMethod, shape), shape,
            originalReceiver, candidateReceiver, picked, candidateSide,
            MethodSelector.signature(originalMethod), size);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot set up benchmark: " + e, e);
      }
    }
  }

  /**
   * Representative inputs.
   *
   * @param plans the argument tuples
   * @param clamped whether the original did not return on some and the rest were clamped
   * @param slowestNanos the longest single call of the original on them (0 when replayed)
   * @param decisions what became of each drawn tuple, one character per attempt: {@value
   *     #KEPT} kept, {@value #CLAMPED} clamped the scale, {@value #SKIPPED} skipped; replaying it
   *     on the same seed and size gives the same inputs without calling the original
   */
  record Inputs(List<List<Value>> plans, boolean clamped, long slowestNanos, String decisions) {}

  private static final char KEPT = 'k';
  private static final char CLAMPED = 'c';
  private static final char SKIPPED = 's';

  /**
   * Inputs on which the original returns normally and within {@link #REPRESENTATIVE_CALL_MILLIS}:
   * benchmarks measure the common path, and an input the original never returns on (an
   * exponential recursion given 500) is clamped smaller, as the differential stage does. Inputs
   * outside the method's precondition are skipped: the speed that counts is on the contract.
   */
  static Inputs inputs(Method method, Object receiver,
      ValueGenerator generator, int size, boolean scalar, List<PreconditionSpec> preconditions) {
    return inputs(method, receiver, generator, size, scalar, preconditions, null, null);
  }

  /**
   * As above; a non-null {@code replay} ({@link Inputs#decisions()}) decides each attempt
   * instead of calls of the original and its precondition. When no attempt gave an input the
   * original returns on and {@code valueStrings} (the code's literals that are not exception
   * messages) is not empty, as many attempts again draw every string from {@code valueStrings}:
   * a method that throws on any string outside its table of codes is measured on codes.
   */
  static Inputs inputs(Method method, Object receiver, ValueGenerator generator, int size,
      boolean scalar, List<PreconditionSpec> preconditions, String replay,
      List<String> valueStrings) {
    int tuples = scalar ? size : INPUTS;
    List<List<Value>> out = new ArrayList<>();
    CallRunner runner = new CallRunner(REPRESENTATIVE_CALL_MILLIS, false);
    PreconditionGate gate = PreconditionGate.find(preconditions, method,
        BenchmarkFixture.class.getClassLoader(), runner);
    InputScale scale = new InputScale();
    long slowest = 0;
    int plain = (gate == null ? 20 : 200) * tuples;
    boolean literalRound = valueStrings != null && !valueStrings.isEmpty();
    int attempts = replay != null ? replay.length() : literalRound ? 2 * plain : plain;
    StringBuilder decisions = new StringBuilder();
    for (int attempt = 0; attempt < attempts && out.size() < tuples; attempt++) {
      if (attempt == plain && !out.isEmpty()) {
        break;
      }
      generator.representativeLiteralsOnly(attempt >= plain ? valueStrings : null);
      generator.smallNumbers(gate != null && attempt % 2 == 1);
      generator.representativeLiterals(attempt % 2 == 0);
      List<Value> values = scalar && scale.limited()
          ? RepresentativeArguments.drawForMagnitudeBoundMethod(method, generator)
          : RepresentativeArguments.draw(method, generator, size, scalar);
      if (scale.limited()) {
        values = scale.clamp(values);
      }
      if (replay != null) {
        char decision = replay.charAt(attempt);
        if (decision == KEPT) {
          out.add(values);
        } else if (decision == CLAMPED) {
          scale.tightenBelow(values);
        }
        continue;
      }
      CallRunner.Outcome o;
      try {
        if (gate != null
            && !gate.admitsHere(receiver, values.stream().map(Value::materialize).toArray())) {
          decisions.append(SKIPPED);
          continue;
        }
        o = runner.call(method, receiver, values.stream().map(Value::materialize).toArray());
        if (o.timedOut()) {
          // One missed budget may be a stall of the machine (other jobs, a GC pause), not the
          // input: clamping on it would shrink every later input, so the same input is tried
          // once more, on freshly built arguments, and only a second miss clamps.
          o = runner.call(method, receiver, values.stream().map(Value::materialize).toArray());
        }
      } catch (RuntimeException e) {
        decisions.append(SKIPPED);
        continue;
      }
      if (o.timedOut()) {
        scale.tightenBelow(values);
        decisions.append(CLAMPED);
      } else if (!o.threw()) {
        out.add(values);
        slowest = Math.max(slowest, o.nanos());
        decisions.append(KEPT);
      } else {
        decisions.append(SKIPPED);
      }
      // Otherwise it throws on this input: not representative of the hot path.
    }
    generator.representativeLiteralsOnly(null);
    if (out.isEmpty()) {
      throw new IllegalStateException("the original threw or did not return on every"
          + " representative input of " + MethodSelector.signature(method));
    }
    return new Inputs(out, scale.limited(), slowest,
        replay != null ? replay : decisions.toString());
  }

  private static Object[][] materialize(List<List<Value>> plans, Counterparts side) {
    Object[][] out = new Object[plans.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = plans.get(i).stream().map(v -> v.materialize(side)).toArray();
    }
    return out;
  }

  /**
   * Parameter {@code parameter} of every input tuple, in order, as an array of its primitive type
   * (an {@code int[]} for an {@code int} parameter): the candidate's side ({@code candidate})
   * from its own tuples, which hold the same values, so both sides see the same values in the
   * same order.
   *
   * @throws IllegalArgumentException if the parameter is not primitive
   */
  public Object column(boolean candidate, int parameter) {
    Object[][] tuples = candidate ? candidateInputs : inputs;
    if (shape == null || parameter < 0 || parameter >= shape.parameters().size()) {
      throw new IllegalArgumentException("parameter " + parameter + " of " + signature
          + " is not primitive");
    }
    Class<?> type = shape.handleType().parameterType(parameter + (shape.instance() ? 1 : 0));
    Object column = Array.newInstance(type, tuples.length);
    for (int i = 0; i < tuples.length; i++) {
      // Array.set unboxes; the boxes are of the parameter's own type.
      Array.set(column, i, tuples[i][parameter]);
    }
    return column;
  }

  /**
   * Handle of {@code shape}'s {@link PrimitiveShape#handleType()} (the receiver as {@code
   * Object}), or {@code null} without a shape.
   */
  private static MethodHandle exact(Method method, PrimitiveShape shape)
      throws IllegalAccessException {
    return shape == null ? null
        : MethodHandles.lookup().unreflect(method).asType(shape.handleType());
  }

  private static MethodHandle uniform(Method method) throws IllegalAccessException {
    MethodHandle handle = MethodHandles.lookup().unreflect(method);
    if (!MethodSelector.isInstance(method)) {
      handle = MethodHandles.dropArguments(handle, 0, Object.class);
    }
    int n = method.getParameterCount();
    return handle.asType(MethodType.genericMethodType(n + 1))
        .asSpreader(Object[].class, n);
  }
}
