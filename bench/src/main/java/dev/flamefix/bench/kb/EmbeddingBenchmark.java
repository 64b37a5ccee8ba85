package dev.flamefix.bench.kb;

import dev.flamefix.kb.embed.CodeEmbedder;
import dev.flamefix.kb.embed.CombinedEmbedder;
import dev.flamefix.kb.embed.StructuralFeatures;
import dev.flamefix.kb.embed.TextEmbedder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to embed one hot method (10–20 lines): the ONNX text model alone, the JavaParser
 * structural features alone, and the combined embedding the knowledge base uses. One thread.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar 'kb.EmbeddingBenchmark' -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EmbeddingBenchmark {

  @Param({"combined", "text", "structure"})
  public String embedding;

  private CodeEmbedder embedder;
  private int next;

  @Setup
  public void setUp() {
    embedder = switch (embedding) {
      case "combined" -> CombinedEmbedder.createDefault();
      case "text" -> TextEmbedder.create();
      case "structure" -> null;
      default -> throw new IllegalArgumentException(embedding);
    };
  }

  @Benchmark
  public float[] embedOneMethod() {
    String code = Snippets.METHODS.get(next++ & 3);
    return embedder == null ? StructuralFeatures.vector(code) : embedder.embed(code);
  }
}
