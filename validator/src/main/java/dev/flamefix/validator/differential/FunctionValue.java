package dev.flamefix.validator.differential;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An instance of a functional interface ({@code Function}, {@code Predicate}, {@code Consumer},
 * {@code Comparator}, a project's own single-method interface, ...) that behaves as one small,
 * deterministic, pure lambda from a fixed table ({@link Behaviour}), the same for the original
 * and the candidate. Results come from generated values of the method's return type, built fresh
 * on every call so a caller may mutate them. Methods returning nothing record their arguments;
 * the recorded calls are compared after the call, so a rewrite that calls a consumer in another
 * order, more or fewer times, differs.
 *
 * @param iface the interface (the original's; the candidate side uses its twin)
 * @param sam the interface's single abstract method
 * @param result its return type as declared where the function is used ({@code Integer} for a
 *     {@code BinaryOperator<Integer>}, whose {@code apply} returns {@code Object} once erased)
 * @param behaviour what the lambda does
 * @param outputs the results it picks from ({@link Behaviour#CONSTANT}: one, {@link
 *     Behaviour#HASHED}: several, otherwise none)
 */
record FunctionValue(Class<?> iface, Method sam, Class<?> result, Behaviour behaviour,
    List<Value> outputs) implements Value.Custom {

  /** Calls recorded per function; later calls are only counted. */
  static final int MAX_RECORDED = 10_000;

  /** The lambdas the generator draws from. */
  enum Behaviour {
    /** Records the arguments; returns nothing. */
    RECORD,
    TRUE, FALSE,
    /** {@code hash(x) % 2 == 0}. */
    PARITY,
    /** {@code x > 0} on a number. */
    POSITIVE,
    /** Returns its (first) argument. */
    IDENTITY,
    /** Returns its second argument. */
    SECOND,
    /** Returns one value, built fresh each call. */
    CONSTANT,
    NULL,
    /** Picks one of its outputs by the hash of its arguments. */
    HASHED,
    /** {@code x + 1} on numbers. */
    INCREMENT,
    /** {@code a + b} on numbers. */
    SUM,
    /** {@code a - b} on numbers: tells the arguments' order apart. */
    DIFFERENCE,
    /** Comparators: natural order, reversed, and by hash. */
    NATURAL, REVERSE, BY_HASH
  }

  @Override
  public Object materialize(Counterparts side) {
    Class<?> type = side.type(iface);
    Method method = type == iface ? sam : twin(type);
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader()
        : FunctionValue.class.getClassLoader();
    return Proxy.newProxyInstance(loader, new Class<?>[] {type},
        new Handler(this, method, side));
  }

  private Method twin(Class<?> type) {
    // The twin's parameter types may be twins too: match by name and arity.
    for (Method m : type.getMethods()) {
      if (m.getName().equals(sam.getName()) && m.getParameterCount() == sam.getParameterCount()
          && java.lang.reflect.Modifier.isAbstract(m.getModifiers())) {
        return m;
      }
    }
    throw new GenerationException("the candidate's " + type.getSimpleName() + " has no "
        + sam.getName());
  }

  /** The recorded calls of a generated function, or {@code null} for any other object. */
  static List<List<Object>> callsOf(Object o) {
    Handler h = handler(o);
    return h == null ? null : h.calls;
  }

  /** How many times a generated function was called, recorded or not; -1 for other objects. */
  static long callCountOf(Object o) {
    Handler h = handler(o);
    return h == null ? -1 : h.total.get();
  }

  /** The rendering of a generated function, or {@code null} for any other object. */
  static String renderingOf(Object o) {
    Handler h = handler(o);
    return h == null ? null : h.value.render();
  }

  private static Handler handler(Object o) {
    return o != null && Proxy.isProxyClass(o.getClass())
        && Proxy.getInvocationHandler(o) instanceof Handler h ? h : null;
  }

  @Override
  public String render() {
    int n = sam.getParameterCount();
    String[] names = n == 1 ? new String[] {"x"} : Arrays.copyOf(
        new String[] {"a", "b", "c", "d", "e", "f"}, Math.min(n, 6));
    String params = n == 1 ? "x" : "(" + String.join(", ", names) + ")";
    String a = names.length > 0 ? names[0] : "";
    String b = names.length > 1 ? names[1] : "";
    String all = String.join(", ", names);
    String body = switch (behaviour) {
      case RECORD -> "calls.add(" + all + ")";
      case TRUE -> "true";
      case FALSE -> "false";
      case PARITY -> "hash(" + all + ") % 2 == 0";
      case POSITIVE -> a + " > 0";
      case IDENTITY -> a;
      case SECOND -> b;
      case CONSTANT -> outputs.get(0).render();
      case NULL -> "null";
      case HASHED -> Render.sequence(outputs) + "[hash(" + all + ") % " + outputs.size() + "]";
      case INCREMENT -> a + " + 1";
      case SUM -> a + " + " + b;
      case DIFFERENCE -> a + " - " + b;
      case NATURAL -> a + ".compareTo(" + b + ")";
      case REVERSE -> b + ".compareTo(" + a + ")";
      case BY_HASH -> "Integer.compare(hash(" + a + "), hash(" + b + "))";
    };
    return "(" + iface.getSimpleName() + ") " + params + " -> " + body;
  }

  @Override
  public List<Value> shrinks() {
    return outputs.size() <= 1 ? List.of()
        : List.of(new FunctionValue(iface, sam, result, behaviour, outputs.subList(0, 1)));
  }

  @Override
  public int weight() {
    return 1 + outputs.stream().mapToInt(Value::weight).sum();
  }

  @Override
  public String toString() {
    return render();
  }

  /** Runs the behaviour; one handler per materialized function, holding its recorded calls. */
  private static final class Handler implements InvocationHandler {
    private final FunctionValue value;
    private final Method method;
    private final Counterparts side;
    /** Recorded calls, the first {@link #MAX_RECORDED}: a benchmark calls a consumer endlessly. */
    private final List<List<Object>> calls = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicLong total =
        new java.util.concurrent.atomic.AtomicLong();

    Handler(FunctionValue value, Method method, Counterparts side) {
      this.value = value;
      this.method = method;
      this.side = side;
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
      if (m.getName().equals(method.getName())
          && Arrays.equals(m.getParameterTypes(), method.getParameterTypes())) {
        return apply(args == null ? new Object[0] : args);
      }
      if (m.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, m, args);
      }
      return switch (m.getName()) {
        case "toString" -> value.render() + (value.behaviour == Behaviour.RECORD
            ? " calls: " + callsText() : "");
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(m.getName()
            + " of a generated " + value.iface.getSimpleName());
      };
    }

    private String callsText() {
      StringBuilder out = new StringBuilder("[");
      synchronized (calls) {
        for (int i = 0; i < calls.size(); i++) {
          List<Object> call = calls.get(i);
          out.append(i == 0 ? "" : ", ");
          out.append(call.size() == 1 ? Render.object(call.get(0))
              : Render.object(call.toArray()).replace('[', '(').replace(']', ')'));
        }
      }
      return out.append(']').toString();
    }

    private Object apply(Object[] args) {
      Class<?> r = value.result;
      return switch (value.behaviour) {
        case RECORD -> {
          if (total.getAndIncrement() < MAX_RECORDED) {
            calls.add(Arrays.asList(args.clone()));
          }
          yield null;
        }
        case TRUE -> true;
        case FALSE -> false;
        case PARITY -> (StableHash.ofAll(args) & 1) == 0;
        case POSITIVE -> ((Number) args[0]).doubleValue() > 0;
        case IDENTITY -> args[0];
        case SECOND -> args[1];
        case CONSTANT -> value.outputs.get(0).materialize(side);
        case NULL -> null;
        case HASHED -> value.outputs.get(Math.floorMod(StableHash.ofAll(args),
            value.outputs.size())).materialize(side);
        case INCREMENT -> Numbers.convert(Numbers.add((Number) args[0], 1), r);
        case SUM -> Numbers.convert(Numbers.add((Number) args[0], (Number) args[1]), r);
        case DIFFERENCE -> Numbers.convert(Numbers.subtract((Number) args[0], (Number) args[1]),
            r);
        case NATURAL -> compareNaturally(args[0], args[1]);
        case REVERSE -> compareNaturally(args[1], args[0]);
        case BY_HASH -> Integer.compare(StableHash.of(args[0]), StableHash.of(args[1]));
      };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareNaturally(Object a, Object b) {
      // Enum constants of the original and its twin are compared by declaration order alike.
      return ((Comparable) a).compareTo(b);
    }
  }

  /** Arithmetic on boxed numbers in the argument's precision, converted to the result type. */
  static final class Numbers {
    private Numbers() {}

    static boolean integral(Class<?> t) {
      Class<?> b = box(t);
      return b == Integer.class || b == Long.class || b == Short.class || b == Byte.class;
    }

    static boolean numeric(Class<?> t) {
      Class<?> b = box(t);
      return integral(t) || b == Double.class || b == Float.class;
    }

    static Number add(Number a, Number b) {
      return a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float
          ? a.doubleValue() + b.doubleValue() : (Number) (a.longValue() + b.longValue());
    }

    static Number subtract(Number a, Number b) {
      return a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float
          ? a.doubleValue() - b.doubleValue() : (Number) (a.longValue() - b.longValue());
    }

    /** {@code n} in {@code t} (primitive or box), wrapping like Java's narrowing casts. */
    static Object convert(Number n, Class<?> t) {
      Class<?> b = box(t);
      if (b == Integer.class) {
        return n.intValue();
      } else if (b == Long.class) {
        return n.longValue();
      } else if (b == Short.class) {
        return n.shortValue();
      } else if (b == Byte.class) {
        return n.byteValue();
      } else if (b == Float.class) {
        return n.floatValue();
      }
      return n.doubleValue();
    }

    static Class<?> box(Class<?> raw) {
      return raw.isPrimitive() ? java.lang.invoke.MethodType.methodType(raw).wrap().returnType()
          : raw;
    }
  }
}
