package dev.flamefix.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program's slow and reference versions pass all of its tests (run the way candidates are
 * run: compiled in memory, executed in a child JVM), and both give the same result on the
 * benchmark workload, so a broken program is caught before it skews a number. Covers every
 * bundled split (program ids are unique across splits, see {@link SuiteLayoutTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuiteProgramsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<EvalProgram> programs =
      Stream.of(EvalSuite.Split.values()).flatMap(s -> EvalSuite.loadBundled(s).stream()).toList();
  private final Map<String, ProgramTestReport> reports = new HashMap<>();

  @BeforeAll
  void runAllVersionsInOneChild() {
    List<ProgramTester.Version> versions = new ArrayList<>();
    for (EvalProgram p : programs) {
      versions.add(new ProgramTester.Version(p, "slow", p.slowSource()));
      versions.add(new ProgramTester.Version(p, "reference", p.referenceSource()));
    }
    ProgramTester tester =
        new ProgramTester(java.time.Duration.ofSeconds(20), java.time.Duration.ofSeconds(300), 512);
    for (ProgramTestReport r : tester.testAll(versions)) {
      reports.put(r.programId() + "/" + r.label(), r);
    }
  }

  Stream<String> programIds() {
    return programs.stream().map(EvalProgram::id);
  }

  @ParameterizedTest(name = "{0} slow passes its tests")
  @MethodSource("programIds")
  void slowVersionPassesItsTests(String id) {
    ProgramTestReport report = reports.get(id + "/slow");
    assertThat(report.allPassed()).as(report.failureSummary()).isTrue();
    assertThat(report.results()).hasSize(program(id).tests().size());
  }

  @ParameterizedTest(name = "{0} reference passes its tests")
  @MethodSource("programIds")
  void referenceVersionPassesItsTests(String id) {
    ProgramTestReport report = reports.get(id + "/reference");
    assertThat(report.allPassed()).as(report.failureSummary()).isTrue();
  }

  @ParameterizedTest(name = "{0} workload agrees between slow and reference")
  @MethodSource("programIds")
  void workloadRunsAndBothVersionsAgreeOnIt(String id, @TempDir Path dir) throws Exception {
    EvalProgram p = program(id);
    JsonNode slow = runWorkload(p, p.slowSource(), dir.resolve("slow"));
    JsonNode reference = runWorkload(p, p.referenceSource(), dir.resolve("reference"));
    assertThat(slow).isNotNull();
    assertThat(JsonComparison.difference(slow, reference, 1e-9)).as(id).isNull();
  }

  /** Runs the (trusted) workload in this JVM; the suite's own code needs no sandbox. */
  private static JsonNode runWorkload(EvalProgram p, String source, Path classes) throws Exception {
    assertThat(new ProgramTester.Version(p, "workload", source).compile(classes, true)).isEmpty();
    assertThat(Files.list(classes.resolve(p.packageName().replace('.', '/')))).isNotEmpty();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> workload = Class.forName(p.workloadClassName(), true, loader);
      @SuppressWarnings("unchecked")
      Supplier<Object> supplier = (Supplier<Object>) workload.getMethod("workload").invoke(null);
      return JSON.valueToTree(supplier.get());
    }
  }

  private EvalProgram program(String id) {
    return programs.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
