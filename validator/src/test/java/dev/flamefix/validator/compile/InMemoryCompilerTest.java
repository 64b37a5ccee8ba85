package dev.flamefix.validator.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InMemoryCompilerTest {

  private static final String USES_JACKSON = """
      package acme;
      public class Json {
        public static Object mapper() {
          return new com.fasterxml.jackson.databind.ObjectMapper();
        }
      }
      """;

  private static List<SourceUnit> pair(int n) {
    String original = """
        package acme;
        public class Job%d {
          public static int sum(int[] xs) {
            int s = 0;
            for (int x : xs) s += x;
            return s;
          }
        }
        """.formatted(n);
    String candidate = original.replace("Job" + n, "Job" + n + "__candidate")
        .replace("for (int x : xs) s += x;", "for (int i = 0; i < xs.length; i++) s += xs[i];");
    return List.of(new SourceUnit("r" + n, "original", "acme.Job" + n, original, "acme.Job" + n),
        new SourceUnit("r" + n, "candidate", "acme.Job" + n + "__candidate", candidate,
            "acme.Job" + n));
  }

  /**
   * Twelve compiles on four threads in one JVM all succeed. This passes with or without the lock
   * in InMemoryCompiler: the failure the lock guards against was seen once and never reproduced.
   */
  @Test
  void concurrentCompilesInOneJvmAllSucceed(@TempDir Path dir) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Map<String, List<CompileError>>>> results = new ArrayList<>();
      for (int n = 0; n < 12; n++) {
        int id = n;
        results.add(pool.submit(() -> InMemoryCompiler.compile(pair(id), List.of(),
            dir.resolve("out" + id), List.of())));
      }
      for (int n = 0; n < results.size(); n++) {
        assertThat(results.get(n).get(2, TimeUnit.MINUTES)).as("compile %d", n).isEmpty();
        assertThat(Files.isRegularFile(dir.resolve("out" + n + "/acme/Job" + n + "__candidate.class")))
            .as("class file of candidate %d", n).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reportsACandidateErrorUnderTheNameTheCallerKnows(@TempDir Path dir) {
    List<SourceUnit> units = new ArrayList<>(pair(99));
    SourceUnit candidate = units.get(1);
    units.set(1, new SourceUnit(candidate.owner(), candidate.side(), candidate.binaryName(),
        candidate.source().replace("return s;", "return t;"), candidate.displayName()));

    Map<String, List<CompileError>> errors =
        InMemoryCompiler.compile(units, List.of(), dir, List.of());

    assertThat(errors.get("r99")).singleElement().satisfies(e -> {
      assertThat(e.side()).isEqualTo("candidate");
      assertThat(e.line()).isEqualTo(6L);
      assertThat(e.message()).contains("symbol").doesNotContain("__candidate");
    });
  }

  @Test
  void plainSourcesSeeOnlyTheJdkAndTheGivenClassPath(@TempDir Path dir) throws Exception {
    // Jackson is on this JVM's class path, but not on the one given: javac must not see it.
    List<CompileError> without =
        InMemoryCompiler.compile(Map.of("acme.Json", USES_JACKSON), List.of(), dir.resolve("a"));
    assertThat(without).isNotEmpty().allSatisfy(e -> assertThat(e.side()).isEqualTo("acme.Json"));
    assertThat(without.get(0).message()).contains("com.fasterxml.jackson.databind");
    assertThat(dir.resolve("a/acme/Json.class")).doesNotExist();

    Path jackson = Path.of(com.fasterxml.jackson.databind.ObjectMapper.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI());
    List<CompileError> with = InMemoryCompiler.compile(Map.of("acme.Json", USES_JACKSON),
        List.of(jackson), dir.resolve("b"));
    assertThat(with).isEmpty();
    assertThat(dir.resolve("b/acme/Json.class")).isRegularFile();
  }
}
