package dev.flamefix.validator.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds objects of classes that are neither atoms nor containers: through the class's own
 * constructors and static factory methods ({@code of}, {@code valueOf}, {@code create}, ...) with
 * generated arguments, going on to the next way when one throws; receivers are then driven through
 * a short random sequence of the class's public mutators, so they reach states only those calls
 * reach (a run-length container after some {@code add}s, a window after some events).
 *
 * <p>Private constructors and factories are used only when a class has no other way. Records are
 * built through their canonical constructor only: it reaches every state. JDK
 * classes only through their constructors: their static factories open files and sockets. Methods
 * under test ({@link #avoid}) are never used to build: the candidate side would build with the
 * changed code and blame the building for what the call did.
 */
final class Instances {

  /** Most mutator calls before the call under test. */
  static final int MAX_MUTATOR_CALLS = 4;
  /** Argument lists tried per way of building, per object, when there are several ways. */
  private static final int ATTEMPTS = 4;
  /** Argument lists tried when there is a single way (as many as before factories were used). */
  private static final int SOLE_ATTEMPTS = 20;
  /** Failures after which a way that never worked is no longer tried. */
  private static final int GIVE_UP_AFTER = 12;
  private static final int MAX_REASON = 160;
  /** Public void methods that end or start things rather than change state. */
  private static final Set<String> NOT_MUTATORS = Set.of("close", "run", "start", "stop", "join",
      "interrupt", "main", "shutdown", "shutdownNow", "destroy", "exit", "finalize");

  private final ValueGenerator generator;
  private final Random random;
  private final Set<Method> avoided = new HashSet<>();
  private final Map<Class<?>, List<Creator>> creators = new HashMap<>();
  private final Map<Class<?>, List<Method>> mutators = new HashMap<>();

  Instances(ValueGenerator generator, Random random) {
    this.generator = generator;
    this.random = random;
  }

  /** Never builds or drives objects through {@code method} (a method under test). */
  void avoid(Method method) {
    avoided.add(method);
    creators.clear();
    mutators.clear();
  }

  /** A random instance of {@code raw}; its arguments are generated at {@code depth + 1}. */
  Value random(Class<?> raw, int depth) {
    return build(raw, depth + 1).value();
  }

  /**
   * A receiver of {@code raw}: built, then driven through 0 to {@link #MAX_MUTATOR_CALLS} of its
   * public mutators (void or returning its own class) with generated arguments. Calls that throw on
   * the original are left out, so the sequence shown in a counterexample is the one that ran.
   * Arguments are generated as top-level ones (no {@code null}), as they were for receivers before.
   */
  Value receiver(Class<?> raw) {
    Value base = build(raw, 0).value();
    List<Method> usable = mutators(raw);
    int n = usable.isEmpty() ? 0 : random.nextInt(MAX_MUTATOR_CALLS + 1);
    if (n == 0) {
      return base;
    }
    List<Value.Call> calls = new ArrayList<>();
    Object target = base.materialize();
    for (int i = 0; i < n; i++) {
      Method m = usable.get(random.nextInt(usable.size()));
      Value.Call call;
      try {
        List<Value> args = new ArrayList<>();
        for (Type t : m.getGenericParameterTypes()) {
          args.add(generator.random(t, 0));
        }
        call = new Value.Call(m, args);
        target = call.apply(target, Counterparts.IDENTITY, true);
        calls.add(call);
      } catch (RuntimeException e) {
        // The call may have half-changed the object: rebuild it from the calls that ran.
        target = new Value.Driven(base, calls).materialize();
      }
    }
    return calls.isEmpty() ? base : new Value.Driven(base, List.copyOf(calls));
  }

  /**
   * Edge cases of {@code raw}: one way of building it with typical arguments, and each argument in
   * turn replaced by its own edge cases.
   */
  List<Value> edgeCases(Class<?> raw) {
    Built typical = build(raw, 1);
    List<Value> out = new ArrayList<>();
    Type[] params = typical.creator().parameters;
    for (int i = 0; i < params.length; i++) {
      List<Value> edges = generator.edgeCases(params[i]);
      for (int e = 0; e < Math.min(edges.size(), 6); e++) {
        List<Value> args = new ArrayList<>(typical.arguments());
        args.set(i, edges.get(e));
        out.add(typical.creator().value(args));
      }
    }
    return out;
  }

  /** Builds {@code raw} with arguments generated at {@code argumentDepth}. */
  private Built build(Class<?> raw, int argumentDepth) {
    List<Creator> all = creators(raw);
    if (all.isEmpty()) {
      throw new GenerationException("cannot build " + raw.getName() + ": "
          + (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())
              ? "it is abstract or an interface, and has no static factory returning it"
              : "it has no constructor or static factory to build it through"));
    }
    List<Creator> order = all;
    if (all.size() > 1) {
      // Varied states: start from a way that worked before, sometimes from any way still in play.
      List<Creator> working = all.stream().filter(c -> c.successes > 0).toList();
      List<Creator> pool = !working.isEmpty() && random.nextInt(4) != 0 ? working
          : all.stream().filter(c -> !c.givenUp()).toList();
      if (!pool.isEmpty()) {
        order = new ArrayList<>(all);
        Creator first = pool.get(random.nextInt(pool.size()));
        order.remove(first);
        order.add(0, first);
      }
    }
    int attempts = all.size() == 1 ? SOLE_ATTEMPTS : ATTEMPTS;
    for (Creator creator : order) {
      if (all.size() > 1 && creator.givenUp()) {
        continue;
      }
      for (int attempt = 0; attempt < attempts; attempt++) {
        List<Value> args = new ArrayList<>();
        try {
          for (int p = 0; p < creator.parameters.length; p++) {
            args.add(creator.argument(p, generator, random, argumentDepth));
          }
        } catch (GenerationException e) {
          creator.hopeless = true;
          creator.failed(e.getMessage());
          break;
        }
        Value value = creator.value(args);
        String why = failure(value);
        if (why == null) {
          creator.successes++;
          return new Built(creator, args, value);
        }
        creator.failed(why);
      }
    }
    throw new GenerationException("cannot build " + raw.getName() + ": tried "
        + all.stream().map(Creator::report).collect(Collectors.joining("; ")));
  }

  /** Why {@code value} cannot be built, or {@code null} when it can. */
  private static String failure(Value value) {
    try {
      value.materialize();
      return null;
    } catch (RuntimeException e) {
      return e.getMessage() == null ? e.toString() : e.getMessage();
    }
  }

  private List<Creator> creators(Class<?> raw) {
    List<Creator> cached = creators.get(raw);
    if (cached == null) {
      cached = findCreators(raw);
      creators.put(raw, cached);
    }
    return cached;
  }

  private List<Creator> findCreators(Class<?> raw) {
    List<Creator> out = new ArrayList<>();
    if (raw.isRecord()) {
      Class<?>[] types = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      try {
        Constructor<?> canonical = raw.getDeclaredConstructor(types);
        if (canonical.trySetAccessible()) {
          out.add(new Creator(raw, canonical));
        }
      } catch (NoSuchMethodException e) {
        throw new GenerationException("record without canonical constructor: " + raw.getName(), e);
      }
      return out;
    }
    if (!raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())) {
      for (Constructor<?> c : raw.getDeclaredConstructors()) {
        if (!c.isSynthetic() && c.trySetAccessible()) {
          out.add(new Creator(raw, c));
        }
      }
    }
    if (!isJdk(raw)) {
      for (Method m : raw.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
            && raw.isAssignableFrom(m.getReturnType()) && !avoided.contains(m)
            && m.trySetAccessible()) {
          out.add(new Creator(raw, m));
        }
      }
    }
    // Private ways only when there is no other: they skip the checks the class makes on its
    // state, and a correct rewrite that relies on those checks would look wrong.
    if (out.stream().anyMatch(c -> !Modifier.isPrivate(c.executable.getModifiers()))) {
      out.removeIf(c -> Modifier.isPrivate(c.executable.getModifiers()));
    }
    out.sort(Comparator.comparingInt(Creator::rank)
        .thenComparingInt(c -> c.parameters.length)
        .thenComparing(c -> c.executable instanceof Method)
        .thenComparing(c -> c.executable.toGenericString()));
    return List.copyOf(out);
  }

  private List<Method> mutators(Class<?> raw) {
    List<Method> cached = mutators.get(raw);
    if (cached == null) {
      cached = Arrays.stream(raw.getMethods())
          .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
          .filter(m -> m.getDeclaringClass() != Object.class && !avoided.contains(m))
          .filter(m -> !NOT_MUTATORS.contains(m.getName()))
          .filter(m -> m.getReturnType() == void.class || m.getReturnType() == raw)
          .filter(Method::trySetAccessible)
          // getMethods() has no fixed order: sort so a seed always picks the same calls.
          .sorted(Comparator.comparing(Method::toGenericString))
          .toList();
      mutators.put(raw, cached);
    }
    return cached;
  }

  private static boolean isJdk(Class<?> raw) {
    String name = raw.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  /** What was built, and how, so edge cases can vary one argument of the same way. */
  private record Built(Creator creator, List<Value> arguments, Value value) {}

  /** One way of building a class: a constructor or a static factory, and how it has fared. */
  private static final class Creator {
    final Class<?> owner;
    final Executable executable;
    final Type[] parameters;
    int successes;
    int failures;
    boolean hopeless;
    String lastFailure;
    /** Accepted strings per parameter ({@link ParserArguments}), read on first use. */
    private List<List<String>> parsed;

    Creator(Class<?> owner, Executable executable) {
      this.owner = owner;
      this.executable = executable;
      if (executable instanceof Constructor<?> c) {
        this.parameters = ValueGenerator.parameterTypes(owner, c);
      } else {
        this.parameters = executable.getGenericParameterTypes();
      }
    }

    /** Public before package-private before private; ones that need their own class last. */
    int rank() {
      int m = executable.getModifiers();
      int visibility = Modifier.isPublic(m) ? 0 : Modifier.isPrivate(m) ? 2 : 1;
      boolean selfReferencing = Arrays.stream(executable.getParameterTypes())
          .anyMatch(p -> p == owner);
      return visibility + (selfReferencing ? 3 : 0);
    }

    /**
     * A generated argument for parameter {@code p}; a {@code String} the code hands to a JDK
     * parser ({@link ParserArguments}) is one of that parser's accepted forms three times in four,
     * so the way of building is usable, and a generated string otherwise, so the failing path
     * stays in play.
     */
    Value argument(int p, ValueGenerator generator, Random random, int depth) {
      if (parsed == null) {
        parsed = ParserArguments.of(executable);
      }
      List<String> accepted = p < parsed.size() ? parsed.get(p) : null;
      if (accepted != null && !accepted.isEmpty() && random.nextInt(4) != 0) {
        return new Value.Atom(accepted.get(random.nextInt(accepted.size())));
      }
      return generator.random(parameters[p], depth);
    }

    Value value(List<Value> args) {
      if (executable instanceof Method m) {
        return new Value.Made(m, args);
      }
      Constructor<?> c = (Constructor<?>) executable;
      List<String> names = new ArrayList<>();
      if (owner.isRecord()) {
        for (RecordComponent rc : owner.getRecordComponents()) {
          names.add(rc.getName());
        }
      } else {
        for (java.lang.reflect.Parameter p : c.getParameters()) {
          names.add(p.getName());
        }
      }
      return new Value.Constructed(c, names, args);
    }

    void failed(String why) {
      failures++;
      lastFailure = why.length() > MAX_REASON ? why.substring(0, MAX_REASON) + "..." : why;
    }

    boolean givenUp() {
      return successes == 0 && (hopeless || failures >= GIVE_UP_AFTER);
    }

    String describe() {
      String params = Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName)
          .collect(Collectors.joining(", "));
      String visibility = Modifier.isPrivate(executable.getModifiers()) ? "private " : "";
      return executable instanceof Method m
          ? visibility + owner.getSimpleName() + "." + m.getName() + "(" + params + ")"
          : visibility + "new " + owner.getSimpleName() + "(" + params + ")";
    }

    String report() {
      if (successes > 0) {
        return describe() + " (worked)";
      }
      return describe() + (lastFailure == null ? " (not tried)" : " -> " + lastFailure);
    }
  }
}
