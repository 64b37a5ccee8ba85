package dev.flamefix.validator.differential;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated input described as a tree, so the same input can be built fresh for each side of a
 * comparison, rendered for the report, and shrunk to a smaller input of the same shape.
 */
public sealed interface Value {

  /** Builds a new object graph for this value; each call returns independent mutable objects. */
  default Object materialize() {
    return materialize(Counterparts.IDENTITY);
  }

  /**
   * Builds a new object graph for this value in the types of one side of a comparison: the
   * candidate's side builds its own twins of types nested in the original class.
   */
  Object materialize(Counterparts side);

  /** A readable, JSON-like rendering for counterexamples. */
  String render();

  /** Smaller values of the same shape to try while shrinking, most aggressive first. */
  List<Value> shrinks();

  /** A rough size, used to prefer smaller counterexamples. */
  int weight();

  /** {@code null}. */
  record Null() implements Value {
    @Override
    public Object materialize(Counterparts side) {
      return null;
    }

    @Override
    public String render() {
      return "null";
    }

    @Override
    public List<Value> shrinks() {
      return List.of();
    }

    @Override
    public int weight() {
      return 0;
    }
  }

  /** An immutable value (primitive box, String, enum constant, BigInteger, ...), shared as is. */
  record Atom(Object value) implements Value {
    @Override
    public Object materialize(Counterparts side) {
      return side.atom(value);
    }

    @Override
    public String render() {
      return Render.atom(value);
    }

    @Override
    public List<Value> shrinks() {
      return Shrinks.atom(value);
    }

    @Override
    public int weight() {
      return value instanceof String s ? 1 + s.length() : 1;
    }
  }

  /** An array of {@code componentType}. */
  record ArrayValue(Class<?> componentType, List<Value> elements) implements Value {
    @Override
    public Object materialize(Counterparts side) {
      Object array = Array.newInstance(side.type(componentType), elements.size());
      for (int i = 0; i < elements.size(); i++) {
        Array.set(array, i, elements.get(i).materialize(side));
      }
      return array;
    }

    @Override
    public String render() {
      return Render.sequence(elements);
    }

    @Override
    public List<Value> shrinks() {
      List<Value> out = new ArrayList<>();
      for (List<Value> smaller : Shrinks.list(elements)) {
        out.add(new ArrayValue(componentType, smaller));
      }
      return out;
    }

    @Override
    public int weight() {
      return 1 + elements.stream().mapToInt(Value::weight).sum();
    }
  }

  /** A collection of the given concrete type (ArrayList, LinkedList, HashSet, TreeSet, ...). */
  record CollectionValue(Class<?> type, List<Value> elements) implements Value {
    @Override
    @SuppressWarnings("unchecked")
    public Object materialize(Counterparts side) {
      Collection<Object> collection = (Collection<Object>) newInstance(type);
      for (Value element : elements) {
        collection.add(element.materialize(side));
      }
      return collection;
    }

    @Override
    public String render() {
      return Render.sequence(elements);
    }

    @Override
    public List<Value> shrinks() {
      List<Value> out = new ArrayList<>();
      for (List<Value> smaller : Shrinks.list(elements)) {
        out.add(new CollectionValue(type, smaller));
      }
      return out;
    }

    @Override
    public int weight() {
      return 1 + elements.stream().mapToInt(Value::weight).sum();
    }
  }

  /** A map of the given concrete type; entries in insertion order. */
  record MapValue(Class<?> type, List<Value> keys, List<Value> values) implements Value {
    @Override
    @SuppressWarnings("unchecked")
    public Object materialize(Counterparts side) {
      Map<Object, Object> map = (Map<Object, Object>) newInstance(type);
      for (int i = 0; i < keys.size(); i++) {
        map.put(keys.get(i).materialize(side), values.get(i).materialize(side));
      }
      return map;
    }

    @Override
    public String render() {
      StringBuilder out = new StringBuilder("{");
      for (int i = 0; i < keys.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(keys.get(i).render()).append(": ")
            .append(values.get(i).render());
      }
      return out.append('}').toString();
    }

    @Override
    public List<Value> shrinks() {
      List<Value> out = new ArrayList<>();
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        indexes.add(i);
      }
      for (List<Integer> kept : Shrinks.indexSubsets(keys.size())) {
        out.add(new MapValue(type, kept.stream().map(keys::get).toList(),
            kept.stream().map(values::get).toList()));
      }
      for (int i = 0; i < values.size(); i++) {
        for (Value smaller : values.get(i).shrinks()) {
          List<Value> copy = new ArrayList<>(values);
          copy.set(i, smaller);
          out.add(new MapValue(type, keys, copy));
        }
      }
      return out;
    }

    @Override
    public int weight() {
      return 1 + keys.stream().mapToInt(Value::weight).sum()
          + values.stream().mapToInt(Value::weight).sum();
    }
  }

  /** An object built through one of its constructors: records as {@code Name{a: 1}}, others as {@code new Name(1)}. */
  record Constructed(Constructor<?> constructor, List<String> names, List<Value> arguments)
      implements Value {
    @Override
    public Object materialize(Counterparts side) {
      Object[] args = arguments.stream().map(a -> a.materialize(side)).toArray();
      try {
        return side.constructor(constructor).newInstance(args);
      } catch (InvocationTargetException e) {
        throw new GenerationException("constructor of " + constructor.getDeclaringClass().getName()
            + " rejected " + render() + ": " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new GenerationException("cannot construct " + constructor, e);
      }
    }

    @Override
    public String render() {
      Class<?> owner = constructor.getDeclaringClass();
      if (!owner.isRecord()) {
        // Parameter names of classes are often arg0, arg1: show the call instead.
        return "new " + owner.getSimpleName() + "(" + Render.arguments(arguments) + ")";
      }
      StringBuilder out = new StringBuilder(owner.getSimpleName()).append('{');
      for (int i = 0; i < arguments.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(names.get(i)).append(": ")
            .append(arguments.get(i).render());
      }
      return out.append('}').toString();
    }

    @Override
    public List<Value> shrinks() {
      return Shrinks.each(arguments, smaller -> new Constructed(constructor, names, smaller));
    }

    @Override
    public int weight() {
      return 1 + arguments.stream().mapToInt(Value::weight).sum();
    }
  }

  /** An object returned by a static factory method of its class ({@code of}, {@code valueOf}). */
  record Made(Method factory, List<Value> arguments) implements Value {
    @Override
    public Object materialize(Counterparts side) {
      Object[] args = arguments.stream().map(a -> a.materialize(side)).toArray();
      Object made;
      try {
        made = side.method(factory).invoke(null, args);
      } catch (InvocationTargetException e) {
        throw new GenerationException(render() + " threw " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new GenerationException("cannot call " + factory, e);
      }
      if (made == null) {
        throw new GenerationException(render() + " returned null");
      }
      return made;
    }

    @Override
    public String render() {
      return factory.getDeclaringClass().getSimpleName() + "." + factory.getName() + "("
          + Render.arguments(arguments) + ")";
    }

    @Override
    public List<Value> shrinks() {
      return Shrinks.each(arguments, smaller -> new Made(factory, smaller));
    }

    @Override
    public int weight() {
      return 1 + arguments.stream().mapToInt(Value::weight).sum();
    }
  }

  /**
   * An object driven through a sequence of its own public mutators after it was built, so it is
   * in a state only those calls reach; the same calls run on the original's and the candidate's
   * objects.
   */
  record Driven(Value base, List<Call> calls) implements Value {
    @Override
    public Object materialize(Counterparts side) {
      Object target = base.materialize(side);
      for (Call call : calls) {
        target = call.apply(target, side, false);
      }
      return target;
    }

    @Override
    public String render() {
      StringBuilder out = new StringBuilder(base.render());
      calls.forEach(c -> out.append(c.render()));
      return out.toString();
    }

    @Override
    public List<Value> shrinks() {
      List<Value> out = new ArrayList<>();
      if (calls.size() > 1) {
        out.add(new Driven(base, List.of()));
      }
      for (int i = 0; i < calls.size(); i++) {
        List<Call> fewer = new ArrayList<>(calls);
        fewer.remove(i);
        out.add(new Driven(base, fewer));
      }
      for (Value smaller : base.shrinks()) {
        out.add(new Driven(smaller, calls));
      }
      for (int i = 0; i < calls.size(); i++) {
        Call call = calls.get(i);
        for (Call smaller : Shrinks.each(call.arguments(), a -> new Call(call.method(), a))) {
          List<Call> copy = new ArrayList<>(calls);
          copy.set(i, smaller);
          out.add(new Driven(base, copy));
        }
      }
      return out;
    }

    @Override
    public int weight() {
      return 1 + base.weight() + calls.stream()
          .mapToInt(c -> 1 + c.arguments().stream().mapToInt(Value::weight).sum()).sum();
    }
  }

  /**
   * One mutator call in a {@link Driven} sequence; a call that returns an object of the receiver's
   * own class (a builder's {@code this}, an immutable value's successor) hands that object on.
   */
  record Call(Method method, List<Value> arguments) {

    /**
     * Calls the method on {@code target} in {@code side}'s types and returns the object the
     * sequence goes on with. A call that throws leaves the object as the call left it (the same on
     * both sides), unless {@code strict}, which is how a plan finds the calls to drop.
     */
    Object apply(Object target, Counterparts side, boolean strict) {
      Object[] args = arguments.stream().map(a -> a.materialize(side)).toArray();
      try {
        Object result = side.method(method).invoke(target, args);
        return result != null && result.getClass() == target.getClass() ? result : target;
      } catch (InvocationTargetException e) {
        if (strict) {
          throw new GenerationException(render() + " threw " + e.getCause(), e.getCause());
        }
        return target;
      } catch (ReflectiveOperationException e) {
        throw new GenerationException("cannot call " + method, e);
      }
    }

    String render() {
      return "." + method.getName() + "(" + Render.arguments(arguments) + ")";
    }
  }

  /** {@code Optional.of(inner)}; {@code Optional.empty()} is an {@link Atom}. */
  record OptionalValue(Value inner) implements Value {
    @Override
    public Object materialize(Counterparts side) {
      return Optional.ofNullable(inner.materialize(side));
    }

    @Override
    public String render() {
      return "Optional[" + inner.render() + "]";
    }

    @Override
    public List<Value> shrinks() {
      return inner.shrinks().stream().<Value>map(OptionalValue::new).toList();
    }

    @Override
    public int weight() {
      return 1 + inner.weight();
    }
  }

  /**
   * A value of a JDK type with its own recipe (checksums, buffers, functional interfaces), kept in
   * its own class; see {@link JdkValues}.
   */
  non-sealed interface Custom extends Value {}

  private static Object newInstance(Class<?> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new GenerationException("cannot instantiate " + type.getName(), e);
    }
  }
}
