package dev.flamefix.validator.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a generated JMH benchmark needs for one target method: method handles of the original and
 * the candidate with one uniform shape {@code (Object receiver, Object[] args) -> Object}, their
 * receivers, and the same representative inputs for both. Runs only in the sandboxed child.
 *
 * <p>Both sides go through identical handle adapters, so the call overhead is the same and the
 * ratio of scores is the ratio of the methods' own costs.
 */
public final class BenchmarkFixture {

  /** Representative input tuples per benchmark operation. */
  public static final int INPUTS = 3;

  /** Longest a representative call of the original may take; longer inputs are clamped. */
  private static final long REPRESENTATIVE_CALL_MILLIS = 1000;

  /** Uniform handle to the original method. */
  public final MethodHandle original;
  /** Uniform handle to the candidate method. */
  public final MethodHandle candidate;
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

  private BenchmarkFixture(MethodHandle original, MethodHandle candidate, Object originalReceiver,
      Object candidateReceiver, Object[][] inputs, Object[][] candidateInputs, String signature) {
    this.original = original;
    this.candidate = candidate;
    this.originalReceiver = originalReceiver;
    this.candidateReceiver = candidateReceiver;
    this.inputs = inputs;
    this.candidateInputs = candidateInputs;
    this.signature = signature;
  }

  /**
   * Builds the fixture of method {@code methodIndex} of task {@code taskIndex} in {@code taskFile}
   * with collections of {@code size} elements.
   */
  public static BenchmarkFixture load(String taskFile, int taskIndex, int methodIndex, int size) {
    try {
      DifferentialTask task =
          new ObjectMapper().readValue(Path.of(taskFile).toFile(), DifferentialTask[].class)[taskIndex];
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
      Random random = new Random(task.seed() ^ 0x5DEECE66DL);
      ValueGenerator generator = new ValueGenerator(random,
          ValueGenerator.Dictionary.of(task.strings(), task.numbers(),
          task.textCalls()));
      Counterparts candidateSide = Counterparts.of(originalClass, candidateClass);
      Object originalReceiver = null;
      Object candidateReceiver = null;
      if (MethodSelector.isInstance(originalMethod)) {
        Receivers receivers =
            new Receivers(originalClass, candidateClass, candidateSide, task.receiverFactory());
        methods.forEach(generator::avoid);
        Value plan = receivers.plan(generator);
        originalReceiver = receivers.build(false, plan);
        candidateReceiver = receivers.build(true, plan);
      }
      List<List<Value>> plans = inputs(originalMethod, originalReceiver, generator, size);
      Object[][] inputs = materialize(plans, Counterparts.IDENTITY);
      Object[][] candidateInputs = materialize(plans, candidateSide);
      return new BenchmarkFixture(uniform(originalMethod), uniform(candidateMethod),
          originalReceiver, candidateReceiver, inputs, candidateInputs,
          MethodSelector.signature(originalMethod));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot set up benchmark: " + e, e);
    }
  }

  /**
   * Inputs on which the original returns normally and within {@link #REPRESENTATIVE_CALL_MILLIS}:
   * benchmarks measure the common path, and an input the original never returns on (an
   * exponential recursion given 500) is clamped smaller, as the differential stage does.
   */
  private static List<List<Value>> inputs(Method method, Object receiver,
      ValueGenerator generator, int size) {
    Type[] types = method.getGenericParameterTypes();
    List<List<Value>> out = new ArrayList<>();
    CallRunner runner = new CallRunner(REPRESENTATIVE_CALL_MILLIS);
    InputScale scale = new InputScale();
    for (int attempt = 0; attempt < 60 && out.size() < INPUTS; attempt++) {
      List<Value> values = new ArrayList<>();
      for (Type t : types) {
        values.add(generator.representative(t, size));
      }
      if (scale.limited()) {
        values = scale.clamp(values);
      }
      CallRunner.Outcome o;
      try {
        o = runner.call(method, receiver, values.stream().map(Value::materialize).toArray());
      } catch (RuntimeException e) {
        continue;
      }
      if (o.timedOut()) {
        scale.tightenBelow(values);
      } else if (!o.threw()) {
        out.add(values);
      }
      // Otherwise it throws on this input: not representative of the hot path.
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("the original threw or did not return on every"
          + " representative input of " + MethodSelector.signature(method));
    }
    return out;
  }

  private static Object[][] materialize(List<List<Value>> plans, Counterparts side) {
    Object[][] out = new Object[plans.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = plans.get(i).stream().map(v -> v.materialize(side)).toArray();
    }
    return out;
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
