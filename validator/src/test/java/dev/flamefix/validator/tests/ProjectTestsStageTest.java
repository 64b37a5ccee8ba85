package dev.flamefix.validator.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.ProgressListener;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.support.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The existing-tests stage on a real Maven project (the example, built standalone and offline):
 * a rewrite that breaks a project test is rejected naming that test; a good one passes every test.
 */
class ProjectTestsStageTest {

  @TempDir Path dir;

  @Test
  void runsTheProjectTestsOnAPatchedCopyAndReportsEachTest() throws Exception {
    Assumptions.assumeTrue(onPath("mvn"), "needs mvn on PATH");
    Path project = dir.resolve("orders");
    copy(Path.of("../examples/src"), project.resolve("src"));
    Files.writeString(project.resolve("pom.xml"), Sources.resource("/testproject/pom.xml"));

    String original = Sources.orderAnalytics();
    String broken = Sources.splice(original, "renderReport", """
        public String renderReport(List<Order> orders) {
          StringBuilder sb = new StringBuilder();
          for (Order o : orders) {
            sb.append(o.id()).append(';').append(o.sku()).append(';').append(o.quantity()).append('\\n');
          }
          return sb.toString();
        }""", null, null);
    List<String> command = List.of("mvn", "-B", "-q", "-o", "test");
    ValidationRequest request = ValidationRequest.of("broken", Sources.ORDER_ANALYTICS, original,
        broken, List.of("renderReport"), Sources.exampleClassPath())
        .withProjectTests(project, command);
    Verdict v = new Validator(ValidationOptions.builder().benchmark(BenchmarkSettings.quick())
        .build()).validateAll(List.of(request), ProgressListener.NONE).get(0);

    assertThat(v.accepted()).isFalse();
    assertThat(v.stageReached()).isEqualTo(Stage.TESTS);
    assertThat(v.reason()).contains("OrderAnalyticsTest#rendersOneCsvLinePerOrder");
    assertThat(v.tests().tests()).hasSize(5);
    assertThat(v.tests().tests()).filteredOn(t -> t.status().equals("passed")).hasSize(4);
    // The project itself was not touched.
    assertThat(Files.readString(project.resolve(
        "src/main/java/dev/flamefix/examples/orders/OrderAnalytics.java"))).isEqualTo(original);
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void readsSurefireReports() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("m/target/surefire-reports"));
    Files.writeString(reports.resolve("TEST-a.FooTest.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite name="a.FooTest" tests="3" failures="1" errors="0" skipped="1">
          <testcase name="ok" classname="a.FooTest" time="0.01"/>
          <testcase name="bad" classname="a.FooTest" time="0.01">
            <failure message="expected 1 but was 2" type="AssertionError">trace</failure>
          </testcase>
          <testcase name="later" classname="a.FooTest"><skipped/></testcase>
        </testsuite>
        """);
    List<TestCaseResult> results = ProjectTestRunner.surefireReports(dir);
    assertThat(results).extracting(TestCaseResult::name, TestCaseResult::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ok", "passed"),
            org.assertj.core.groups.Tuple.tuple("bad", "failed"),
            org.assertj.core.groups.Tuple.tuple("later", "skipped"));
    assertThat(results.get(1).message()).isEqualTo("expected 1 but was 2");
  }

  private static boolean onPath(String tool) {
    return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
