package dev.flamefix.agent.recorder;

import dev.flamefix.agent.bridge.RecordingBridge;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.utility.JavaModule;

/**
 * Instruments one method with Byte Buddy, as the OpenTelemetry agent does: an
 * {@link AgentBuilder} restricted to the one class (and its class loader), retransformation
 * without class format changes (no new fields or methods, so retransformation is allowed on every
 * JVM), and {@link RecordingAdvice} inlined into the one method. Removal resets the transformer,
 * which retransforms the class back to its original bytes.
 *
 * <p>If Byte Buddy reports an error for the class, or the class was not transformed at all, the
 * transformer is reset before this throws, so the method stays as it was.
 */
public final class ByteBuddyInstrumenter implements Instrumenter {

  private final Instrumentation instrumentation;

  public ByteBuddyInstrumenter(Instrumentation instrumentation) {
    this.instrumentation = instrumentation;
  }

  @Override
  public Installed install(final RecordingTarget target) throws Exception {
    if (!instrumentation.isRetransformClassesSupported()) {
      throw new IllegalStateException("this JVM does not allow retransforming classes");
    }
    if (!instrumentation.isModifiableClass(target.type())) {
      throw new IllegalStateException(target.type().getName() + " cannot be retransformed");
    }
    final List<Throwable> errors = new CopyOnWriteArrayList<Throwable>();
    final AtomicBoolean transformed = new AtomicBoolean();
    final String typeName = target.type().getName();
    AgentBuilder.Listener listener = new AgentBuilder.Listener.Adapter() {
      @Override
      public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module,
          boolean loaded, DynamicType dynamicType) {
        if (type.getName().equals(typeName)) {
          transformed.set(true);
        }
      }

      @Override
      public void onError(String name, ClassLoader loader, JavaModule module, boolean loaded,
          Throwable throwable) {
        errors.add(throwable);
      }
    };
    ResettableClassFileTransformer transformer = null;
    try {
      transformer = new AgentBuilder.Default()
          .disableClassFormatChanges()
          .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
          .with(new RedefinitionErrors(errors))
          .with(listener)
          .ignore(ElementMatchers.none())
          .assureReadEdgeTo(instrumentation, RecordingBridge.class)
          .type(ElementMatchers.is(target.type()),
              ElementMatchers.is(target.type().getClassLoader()))
          .transform(new AgentBuilder.Transformer() {
            @Override
            public DynamicType.Builder<?> transform(DynamicType.Builder<?> builder,
                TypeDescription type, ClassLoader loader, JavaModule module,
                ProtectionDomain domain) {
              return builder.visit(Advice.to(RecordingAdvice.class)
                  .on(ElementMatchers.is(target.method())));
            }
          })
          .installOn(instrumentation);
    } catch (Throwable t) {
      errors.add(t);
    }
    if (errors.isEmpty() && transformed.get()) {
      final ResettableClassFileTransformer installed = transformer;
      return new Installed() {
        @Override
        public boolean remove() {
          return installed.reset(instrumentation,
              AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
        }
      };
    }
    if (transformer != null) {
      transformer.reset(instrumentation, AgentBuilder.RedefinitionStrategy.RETRANSFORMATION);
    }
    Throwable first = errors.isEmpty() ? null : errors.get(0);
    throw new IllegalStateException("cannot instrument " + target.key() + ": "
        + (first == null ? "the class was not transformed" : first.getClass().getSimpleName()
            + (first.getMessage() == null ? "" : " " + first.getMessage())));
  }

  /** Collects the errors of the retransformation itself (a JVM refusing the new bytes). */
  private static final class RedefinitionErrors
      extends AgentBuilder.RedefinitionStrategy.Listener.Adapter {
    private final List<Throwable> errors;

    RedefinitionErrors(List<Throwable> errors) {
      this.errors = errors;
    }

    @Override
    public Iterable<? extends List<Class<?>>> onError(int index, List<Class<?>> batch,
        Throwable throwable, List<Class<?>> types) {
      errors.add(throwable);
      return java.util.Collections.emptyList();
    }
  }
}
