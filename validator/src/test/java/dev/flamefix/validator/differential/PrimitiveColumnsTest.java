package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A method taking and returning primitives is benchmarked on one primitive array per parameter
 * through exactly typed handles: both sides must be given the same values in the same order as
 * the boxed input tuples, and the handles must take them as they are.
 */
class PrimitiveColumnsTest {

  /** The original side: records every call it gets, in order. */
  public static final class Original {
    static final List<String> CALLS = new ArrayList<>();
    private final int base = 3;

    public static boolean fits(long value, int bits) {
      CALLS.add("fits " + value + " " + bits);
      return bits >= 0 && bits < 64 && (value >>> bits) == 0;
    }

    public long scaled(int value) {
      CALLS.add("scaled " + value);
      return (long) value * base;
    }

    public static String named(int value) {
      return Integer.toString(value);
    }
  }

  /** The candidate side: same results, its own record of calls. */
  public static final class Candidate {
    static final List<String> CALLS = new ArrayList<>();
    private final int base = 3;

    public static boolean fits(long value, int bits) {
      CALLS.add("fits " + value + " " + bits);
      return bits >= 0 && bits < 64 && 64 - Long.numberOfLeadingZeros(value) <= bits;
    }

    public long scaled(int value) {
      CALLS.add("scaled " + value);
      return value * (long) base;
    }

    public static String named(int value) {
      return String.valueOf(value);
    }
  }

  @TempDir Path dir;

  @Test
  void bothSidesGetTheTuplesValuesInTheSameOrder() throws Throwable {
    BenchmarkFixture f = BenchmarkFixture.buildOnly(taskFile(), 0, 0, 256);
    assertThat(f.exactOriginal.type())
        .isEqualTo(MethodType.methodType(boolean.class, long.class, int.class));
    assertThat(f.exactCandidate.type()).isEqualTo(f.exactOriginal.type());

    long[] values = (long[]) f.column(false, 0);
    int[] bits = (int[]) f.column(false, 1);
    assertThat(values).hasSize(f.inputs.length).isEqualTo(f.column(true, 0));
    assertThat(bits).hasSize(f.inputs.length).isEqualTo(f.column(true, 1));
    assertThat(f.inputs.length).isGreaterThan(100);
    for (int i = 0; i < f.inputs.length; i++) {
      assertThat(values[i]).isEqualTo(f.inputs[i][0]);
      assertThat(bits[i]).isEqualTo(f.inputs[i][1]);
    }
    // Not one value repeated throughout: the columns carry the varied tuples.
    assertThat(java.util.Arrays.stream(values).distinct().count()).isGreaterThan(50);

    Original.CALLS.clear();
    Candidate.CALLS.clear();
    long[] candidateValues = (long[]) f.column(true, 0);
    int[] candidateBits = (int[]) f.column(true, 1);
    for (int i = 0; i < values.length; i++) {
      boolean a = (boolean) f.exactOriginal.invokeExact(values[i], bits[i]);
      boolean b = (boolean) f.exactCandidate.invokeExact(candidateValues[i], candidateBits[i]);
      assertThat(b).isEqualTo(a);
    }
    assertThat(Candidate.CALLS).hasSize(values.length).isEqualTo(Original.CALLS);
  }

  @Test
  void anInstanceMethodTakesItsReceiverFirstAsAnObject() throws Throwable {
    BenchmarkFixture f = BenchmarkFixture.buildOnly(taskFile(), 0, 1, 64);
    assertThat(f.exactOriginal.type())
        .isEqualTo(MethodType.methodType(long.class, Object.class, int.class));
    assertThat(f.originalReceiver).isInstanceOf(Original.class);
    assertThat(f.candidateReceiver).isInstanceOf(Candidate.class);

    int[] a = (int[]) f.column(false, 0);
    int[] c = (int[]) f.column(true, 0);
    assertThat(c).isEqualTo(a);
    Original.CALLS.clear();
    Candidate.CALLS.clear();
    MethodHandle original = f.exactOriginal;
    MethodHandle candidate = f.exactCandidate;
    for (int i = 0; i < a.length; i++) {
      long x = (long) original.invokeExact(f.originalReceiver, a[i]);
      long y = (long) candidate.invokeExact(f.candidateReceiver, c[i]);
      assertThat(y).isEqualTo(x).isEqualTo(3L * (Integer) f.inputs[i][0]);
    }
    assertThat(Candidate.CALLS).isEqualTo(Original.CALLS);
  }

  @Test
  void aMethodReturningAReferenceKeepsTheUniformHandleOnly() throws Exception {
    BenchmarkFixture f = BenchmarkFixture.buildOnly(taskFile(), 0, 2, 16);
    assertThat(f.exactOriginal).isNull();
    assertThat(f.exactCandidate).isNull();
    assertThat(f.original).isNotNull();
    assertThatThrownBy(() -> f.column(false, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShapeIsReadFromTheMethod() throws Exception {
    assertThat(PrimitiveShape.of(Original.class.getMethod("fits", long.class, int.class)))
        .isEqualTo(new PrimitiveShape(false, List.of("long", "int"), "boolean"));
    assertThat(PrimitiveShape.of(Original.class.getMethod("scaled", int.class)))
        .isEqualTo(new PrimitiveShape(true, List.of("int"), "long"));
    assertThat(PrimitiveShape.of(Original.class.getMethod("named", int.class))).isNull();
    assertThat(PrimitiveShape.of(Array.class.getMethod("getLength", Object.class))).isNull();
    assertThat(PrimitiveShape.of(Thread.class.getMethod("sleep", long.class)))
        .isEqualTo(new PrimitiveShape(false, List.of("long"), "void"));
  }

  private String taskFile() throws Exception {
    DifferentialTask task = DifferentialTask.builder("columns", Original.class.getName(),
            Candidate.class.getName(), List.of("fits", "scaled", "named"))
        .calls(100).seed(20261205L).tolerance(1e-9, 1e-12).callTimeoutMillis(1000).build();
    Path file = dir.resolve("tasks.json");
    new ObjectMapper().writeValue(file.toFile(), new DifferentialTask[] {task});
    return file.toString();
  }
}
