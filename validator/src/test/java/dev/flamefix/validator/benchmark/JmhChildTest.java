package dev.flamefix.validator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JMH child says in JMH's own words why a run produced nothing. */
class JmhChildTest {

  @Test
  void classPathWithoutBenchmarksIsReportedInJmhsWords(@TempDir Path dir) {
    // The validator's own class path has JMH but no compiled benchmarks.
    JmhChild child = new JmhChild(new Sandbox(NetworkIsolation.disabled("test")), 128);
    JmhChild.Run run = child.run(
        new JmhChild.Job("no\\.such\\.Benchmark\\.run$", Map.of("size", List.of("1", "2")), 2,
            BenchmarkSettings.quick(), true),
        HarnessClassPath.runtime(), dir);

    assertThat(run.scores()).isEmpty();
    assertThat(run.process().exitCode()).isNotZero();
    assertThat(run.log()).isEqualTo(dir.resolve(JmhChild.LOG_FILE).toAbsolutePath());
    assertThat(run.failure()).startsWith("JMH produced no result (exit ")
        .contains("Unable to find the resource: /META-INF/BenchmarkList");
    assertThat(run.command()).contains(BenchmarkMain.class.getName());
  }
}
