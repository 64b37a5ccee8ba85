package dev.flamefix.validator.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds receivers for instance methods: the same constructor arguments for the original and the
 * candidate class, or a supplied factory {@code fqcn#method} (a static method taking the
 * {@code Class} to build and returning an instance of it).
 */
final class Receivers {

  private final Class<?> original;
  private final Class<?> candidate;
  private final Method factory;
  private final Constructor<?> originalConstructor;
  private final Constructor<?> candidateConstructor;
  private final Type[] parameterTypes;
  private final Counterparts candidateTypes;

  Receivers(Class<?> original, Class<?> candidate, Counterparts candidateTypes,
      String factorySpec) {
    this.original = original;
    this.candidate = candidate;
    this.candidateTypes = candidateTypes;
    if (factorySpec != null && !factorySpec.isBlank()) {
      String[] parts = factorySpec.split("#", 2);
      try {
        Class<?> owner = Class.forName(parts[0], true, original.getClassLoader());
        factory = owner.getDeclaredMethod(parts[1], Class.class);
        factory.setAccessible(true);
      } catch (ReflectiveOperationException | ArrayIndexOutOfBoundsException e) {
        throw new GenerationException("receiver factory " + factorySpec
            + " must name a static method taking Class<?>: " + e, e);
      }
      originalConstructor = null;
      candidateConstructor = null;
      parameterTypes = new Type[0];
    } else {
      factory = null;
      originalConstructor = ValueGenerator.constructorOf(original);
      parameterTypes = ValueGenerator.parameterTypes(original, originalConstructor);
      candidateConstructor = candidateTypes.constructor(originalConstructor);
    }
  }

  /** Arguments for one pair of receivers. */
  List<Value> plan(ValueGenerator generator) {
    List<Value> args = new ArrayList<>();
    generator.beginCall();
    for (Type t : parameterTypes) {
      args.add(generator.random(t));
    }
    return args;
  }

  /** Builds a receiver of the original ({@code candidateSide=false}) or the candidate. */
  Object build(boolean candidateSide, List<Value> args) throws ReflectiveOperationException {
    if (factory != null) {
      return factory.invoke(null, candidateSide ? candidate : original);
    }
    Counterparts side = candidateSide ? candidateTypes : Counterparts.IDENTITY;
    Object[] values = args.stream().map(v -> v.materialize(side)).toArray();
    return (candidateSide ? candidateConstructor : originalConstructor).newInstance(values);
  }

  String describe(List<Value> args) {
    if (factory != null) {
      return factory.getDeclaringClass().getSimpleName() + "." + factory.getName() + "(...)";
    }
    StringBuilder out = new StringBuilder("new ").append(original.getSimpleName()).append('(');
    for (int i = 0; i < args.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(args.get(i).render());
    }
    return out.append(')').toString();
  }
}
