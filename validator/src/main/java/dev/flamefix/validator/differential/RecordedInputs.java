package dev.flamefix.validator.differential;

import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.MethodKey;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Recorded production calls of one target method, read in the differential child (the only place
 * that decodes their payloads, through the class loader that holds the compiled original, the
 * candidate and the project's class path). Each call is decoded twice, one fresh graph per side,
 * and the candidate's graph is rebuilt in its own types by {@link Twins}. Keeps the counts of the
 * {@link RecordedReport}.
 */
final class RecordedInputs {

  private static final int MAX_NOTES = 3;

  private final String method;
  private final List<RecordedCall> calls;
  private final int dropped;
  private final CallCodec codec;
  private int replayed;
  private int matched;
  private int undecodable;
  private int unjudged;
  private final List<String> notes = new ArrayList<>();

  private RecordedInputs(String method, List<RecordedCall> calls, int dropped, ClassLoader loader) {
    this.method = method;
    this.calls = calls;
    this.dropped = dropped;
    this.codec = CallCodec.replaying(loader);
  }

  /**
   * Reads the envelope the host wrote beside the task file. A file that cannot be read yields no
   * calls and a note, never an error: recorded calls add evidence, their absence removes none.
   */
  static RecordedInputs read(String file, ClassLoader loader) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      RecordingBatch batch = RecordingBatch.readFrom(in);
      return new RecordedInputs(batch.method(), batch.calls(),
          (int) batch.skipped().getOrDefault(DROPPED, 0L).longValue(), loader);
    } catch (IOException | RuntimeException e) {
      RecordedInputs none = new RecordedInputs("?", List.of(), 0, loader);
      none.note("cannot read the recorded calls: " + e);
      return none;
    }
  }

  /** Skip-count key under which the host writes the calls its cap left out. */
  static final String DROPPED = "over_validation_cap";

  /** Whether the calls are of {@code m} ({@code Foo#bar} without parameters: any overload). */
  boolean isFor(Method m) {
    if (!method.contains("(")) {
      return method.equals(m.getDeclaringClass().getName() + "#" + m.getName());
    }
    return MethodKey.of(m).equals(method);
  }

  int size() {
    return calls.size();
  }

  /**
   * Decodes call {@code k} for both sides.
   *
   * @return the call, or {@code null} when it cannot be replayed (counted and noted)
   */
  Call decode(int k, Method original, Counterparts candidateSide, Class<?> candidateClass) {
    RecordedCall call = calls.get(k);
    String label = "recorded call #" + (k + 1) + " (" + Instant.ofEpochMilli(call.epochMillis())
        + ")";
    try {
      Object[] a = codec.decode(call.payload());
      String problem = fits(a, original);
      if (problem != null) {
        return undecodable(label, problem);
      }
      String rendered = render(label, a, MethodSelector.isInstance(original));
      Object[] b = Twins.of(candidateSide, original.getDeclaringClass(), candidateClass,
          codec.decode(call.payload()));
      return new Call(a, b, rendered);
    } catch (RuntimeException | LinkageError e) {
      return undecodable(label, String.valueOf(e.getMessage()));
    }
  }

  private Call undecodable(String label, String why) {
    undecodable++;
    note(label + ": " + why);
    return null;
  }

  /** Why the decoded receiver and arguments cannot be passed to {@code m}, or {@code null}. */
  private static String fits(Object[] call, Method m) {
    Class<?>[] types = m.getParameterTypes();
    if (call.length - 1 != types.length) {
      return (call.length - 1) + " recorded arguments, the method takes " + types.length;
    }
    if (MethodSelector.isInstance(m) && (call[0] == null
        || call[0].getClass() != m.getDeclaringClass())) {
      return "the receiver is " + (call[0] == null ? "missing" : "a "
          + call[0].getClass().getName()) + ", not a " + m.getDeclaringClass().getName();
    }
    for (int i = 0; i < types.length; i++) {
      Object arg = call[i + 1];
      boolean ok = types[i].isPrimitive() ? arg != null && box(types[i]).isInstance(arg)
          : arg == null || types[i].isInstance(arg);
      if (!ok) {
        return "argument " + i + " is " + (arg == null ? "null" : "a " + arg.getClass().getName())
            + ", the method takes " + types[i].getTypeName();
      }
    }
    return null;
  }

  private static Class<?> box(Class<?> primitive) {
    return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
  }

  /** The call as counterexamples show inputs: receiver state first, then the arguments. */
  private static String render(String label, Object[] call, boolean instance) {
    StringBuilder out = new StringBuilder(label).append(": ");
    if (instance) {
      out.append("receiver ").append(receiver(call[0])).append("; ");
    }
    out.append('(');
    for (int i = 1; i < call.length; i++) {
      out.append(i == 1 ? "" : ", ").append(Render.object(call[i]));
    }
    return out.append(')').toString();
  }

  /** A receiver's own {@code toString}, or its fields when it has none. */
  private static String receiver(Object receiver) {
    try {
      if (receiver.getClass().getMethod("toString").getDeclaringClass() != Object.class) {
        return Render.object(receiver);
      }
    } catch (NoSuchMethodException e) {
      // Every class has toString.
    }
    StringBuilder out = new StringBuilder(receiver.getClass().getSimpleName()).append('{');
    int shown = 0;
    for (Field f : receiver.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) || shown == 8) {
        continue;
      }
      try {
        f.setAccessible(true);
        out.append(shown++ == 0 ? "" : ", ").append(f.getName()).append('=')
            .append(Render.object(f.get(receiver)));
      } catch (ReflectiveOperationException | RuntimeException e) {
        out.append(shown++ == 0 ? "" : ", ").append(f.getName()).append("=?");
      }
    }
    return out.append('}').toString();
  }

  void replayed(boolean same) {
    replayed++;
    if (same) {
      matched++;
    }
  }

  void unjudged(int k) {
    unjudged++;
    note("recorded call #" + (k + 1) + ": the original did not finish it here");
  }

  void note(String note) {
    if (notes.size() < MAX_NOTES) {
      notes.add(note.length() > 300 ? note.substring(0, 300) + "..." : note);
    }
  }

  RecordedReport report() {
    return new RecordedReport(method, calls.size(), dropped, replayed, matched, undecodable,
        unjudged, List.copyOf(notes));
  }

  /**
   * One decoded call; element 0 of each side is the receiver (or {@code null}).
   *
   * @param original the original's receiver and arguments
   * @param candidate the same values rebuilt in the candidate's types (a separate graph)
   * @param rendered how the counterexample shows it
   */
  record Call(Object[] original, Object[] candidate, String rendered) {

    Object[] arguments(boolean candidateSide) {
      Object[] side = candidateSide ? candidate : original;
      return java.util.Arrays.copyOfRange(side, 1, side.length);
    }
  }
}
