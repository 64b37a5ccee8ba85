package dev.flamefix.validator.differential;

import java.lang.reflect.Method;

/**
 * Builds receivers for instance methods: the same {@link Value} (built through the class's own
 * constructors or static factories, then driven through some of its mutators) for the original and
 * the candidate class, or a supplied factory {@code fqcn#method} (a static method taking the
 * {@code Class} to build and returning an instance of it).
 */
final class Receivers {

  private final Class<?> original;
  private final Class<?> candidate;
  private final Method factory;
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
    } else {
      factory = null;
    }
  }

  /**
   * The receiver to build on both sides, or {@code null} when the supplied factory builds them.
   *
   * @throws GenerationException naming the type that could not be built and the ways tried
   */
  Value plan(ValueGenerator generator) {
    if (factory != null) {
      return null;
    }
    generator.beginCall();
    return generator.receiver(original);
  }

  /**
   * A receiver for benchmarks, built like {@link #plan} from representative values; {@code
   * null} when the supplied factory builds them.
   */
  Value representativePlan(ValueGenerator generator, int size) {
    return factory != null ? null : generator.representativeReceiver(original, size);
  }

  /** Builds a receiver of the original ({@code candidateSide=false}) or the candidate. */
  Object build(boolean candidateSide, Value plan) throws ReflectiveOperationException {
    if (factory != null) {
      return factory.invoke(null, candidateSide ? candidate : original);
    }
    return plan.materialize(candidateSide ? candidateTypes : Counterparts.IDENTITY);
  }

  String describe(Value plan) {
    if (factory != null) {
      return factory.getDeclaringClass().getSimpleName() + "." + factory.getName() + "(...)";
    }
    return plan.render();
  }
}
