package dev.flamefix.agent.recorder;

import dev.flamefix.agent.bridge.RecordingBridge;
import net.bytebuddy.asm.Advice;

/**
 * The code Byte Buddy inlines at the start of the recorded method. Inlined code runs in the host
 * class's context, so it may only name classes every loader can see: the bootstrap-visible
 * {@link RecordingBridge}, never the agent's isolated classes. {@code suppress} makes Byte Buddy
 * wrap it in a handler that swallows anything it throws. The argument array is only built for a
 * sampled call: Byte Buddy materialises {@code @AllArguments} where the parameter is read.
 */
public final class RecordingAdvice {

  private RecordingAdvice() {}

  /** Runs before the method body. */
  @Advice.OnMethodEnter(suppress = Throwable.class)
  static void enter(@Advice.This(optional = true) Object self,
      @Advice.AllArguments Object[] arguments) {
    if (RecordingBridge.wants()) {
      RecordingBridge.record(self, arguments);
    }
  }
}
