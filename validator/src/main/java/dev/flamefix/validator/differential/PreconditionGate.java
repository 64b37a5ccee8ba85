package dev.flamefix.validator.differential;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Child side of a {@link PreconditionSpec}: decides, before either side is called, whether a
 * generated input is one the method's contract covers. An input on which the check returns
 * {@code false}, throws or does not return is discarded, not compared.
 */
final class PreconditionGate {
  private final PreconditionSpec spec;
  private final Method check;
  private final boolean instance;
  private final CallRunner runner;

  private PreconditionGate(PreconditionSpec spec, Method check, boolean instance, CallRunner runner) {
    this.spec = spec;
    this.check = check;
    this.instance = instance;
    this.runner = runner;
  }

  /** The gate of {@code target} among {@code specs}, or {@code null} when it has no precondition. */
  static PreconditionGate find(List<PreconditionSpec> specs, Method target, ClassLoader loader,
      CallRunner runner) {
    if (specs == null) {
      return null;
    }
    boolean instance = MethodSelector.isInstance(target);
    for (PreconditionSpec spec : specs) {
      if (!spec.method().equals(target.getName())) {
        continue;
      }
      Class<?> holder;
      try {
        holder = Class.forName(spec.checkClass(), true, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("precondition class missing: " + spec.checkClass(), e);
      }
      for (Method m : holder.getDeclaredMethods()) {
        Class<?>[] p = m.getParameterTypes();
        Class<?>[] own = instance && p.length > 0 ? Arrays.copyOfRange(p, 1, p.length) : p;
        if (m.getName().equals(spec.checkMethod()) && Arrays.equals(own, target.getParameterTypes())) {
          m.setAccessible(true);
          return new PreconditionGate(spec, m, instance, runner);
        }
      }
    }
    return null;
  }

  /** Whether the input ({@code receiver} {@code null} for a static method) satisfies the precondition. */
  boolean admits(Object receiver, Object[] args) {
    CallRunner.Outcome o = runner.call(check, null, withReceiver(receiver, args));
    return !o.timedOut() && !o.threw() && Boolean.TRUE.equals(o.returned());
  }

  /**
   * {@link #admits} on the calling thread, without a time limit: for picking benchmark inputs,
   * thousands of them, in the benchmark child, which JMH's own time limit bounds. The check is
   * the user's stated expression, not candidate code.
   */
  boolean admitsHere(Object receiver, Object[] args) {
    try {
      return Boolean.TRUE.equals(check.invoke(null, withReceiver(receiver, args)));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** The check's arguments: the receiver first for an instance method. */
  private Object[] withReceiver(Object receiver, Object[] args) {
    if (!instance) {
      return args;
    }
    Object[] all = new Object[args.length + 1];
    all[0] = receiver;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  /** The precondition, for reports. */
  String expression() {
    return spec.expression();
  }
}
