package dev.flamefix.validator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.InMemoryCompiler;
import dev.flamefix.validator.compile.SourceUnit;
import dev.flamefix.validator.differential.PrimitiveShape;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark of a method taking and returning primitives calls exactly typed handles on
 * primitive arrays, with no boxing; it must compile with JMH's annotation processor for every
 * shape (static, instance, several parameters, void), and methods with a reference keep the
 * uniform boxed handle.
 */
class PrimitiveBenchmarkSourceTest {

  @TempDir Path dir;

  @Test
  void staticIntToInt() {
    String source = compiled(new BenchmarkPair("r", 0, 0, "bitCount(int)",
        new PrimitiveShape(false, List.of("int"), "int")));
    assertThat(source)
        .contains("private final int[] a0 = (int[]) F.column(false, 0);")
        .contains("private final int[] c0 = (int[]) F.column(true, 0);")
        .contains("bh.consume((int) ORIGINAL.invokeExact(a0[i]));")
        .contains("bh.consume((int) CANDIDATE.invokeExact(c0[i]));")
        .contains("F.exactOriginal")
        .doesNotContain("Object[]");
  }

  @Test
  void longAndIntToBoolean() {
    String source = compiled(new BenchmarkPair("r", 1, 0, "fits(long,int)",
        new PrimitiveShape(false, List.of("long", "int"), "boolean")));
    assertThat(source)
        .contains("private final long[] a0 = (long[]) F.column(false, 0);")
        .contains("private final int[] a1 = (int[]) F.column(false, 1);")
        .contains("bh.consume((boolean) ORIGINAL.invokeExact(a0[i], a1[i]));")
        .contains("bh.consume((boolean) CANDIDATE.invokeExact(c0[i], c1[i]));");
  }

  @Test
  void instanceMethodPassesItsReceiverFirst() {
    String source = compiled(new BenchmarkPair("r", 2, 1, "scaled(char)",
        new PrimitiveShape(true, List.of("char"), "double")));
    assertThat(source)
        .contains("bh.consume((double) ORIGINAL.invokeExact(originalReceiver, a0[i]));")
        .contains("bh.consume((double) CANDIDATE.invokeExact(candidateReceiver, c0[i]));");
  }

  @Test
  void voidConsumesNothing() {
    String source = compiled(new BenchmarkPair("r", 3, 0, "touch(short,byte,float)",
        new PrimitiveShape(false, List.of("short", "byte", "float"), "void")));
    assertThat(source)
        .contains("      ORIGINAL.invokeExact(a0[i], a1[i], a2[i]);")
        .contains("      CANDIDATE.invokeExact(c0[i], c1[i], c2[i]);")
        .doesNotContain("bh.consume(");
  }

  @Test
  void aReferenceParameterKeepsTheUniformHandle() {
    String source = compiled(new BenchmarkPair("r", 4, 0, "total(int[])"));
    assertThat(source)
        .contains("bh.consume((Object) ORIGINAL.invokeExact(originalReceiver, args));")
        .doesNotContain("F.column(")
        .doesNotContain("exactOriginal");
  }

  @Test
  void theShapeSurvivesTheReportsJson() throws Exception {
    ObjectMapper json = new ObjectMapper();
    BenchmarkPair shaped = new BenchmarkPair("r", 0, 0, "fits(long,int)",
        new PrimitiveShape(false, List.of("long", "int"), "boolean"));
    BenchmarkPair plain = new BenchmarkPair("r", 0, 1, "total(int[])");
    assertThat(json.readValue(json.writeValueAsString(shaped), BenchmarkPair.class))
        .isEqualTo(shaped);
    assertThat(json.readValue(json.writeValueAsString(plain), BenchmarkPair.class))
        .isEqualTo(plain);
  }

  /** Generates the pair's class, compiles it with JMH's processor, and returns the source. */
  private String compiled(BenchmarkPair pair) {
    String source = BenchmarkSource.of(pair, dir.resolve("tasks.json").toString(), 300);
    String name = BenchmarkSource.PACKAGE + "." + pair.className();
    List<Path> processor = HarnessClassPath.processor();
    List<Path> classPath = new ArrayList<>(Arrays.stream(
        System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList());
    classPath.addAll(processor);
    Path out = dir.resolve("classes");
    Map<String, List<CompileError>> errors = InMemoryCompiler.compile(
        List.of(new SourceUnit("r", "benchmark", name, source, name)), classPath, out, processor);
    assertThat(errors).as(source).isEmpty();
    // JMH's processor generated its harness for all three benchmarks of the class.
    assertThat(Files.exists(out.resolve("META-INF/BenchmarkList"))).isTrue();
    return source;
  }
}
