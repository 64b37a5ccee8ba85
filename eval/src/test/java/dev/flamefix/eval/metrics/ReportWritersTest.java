package dev.flamefix.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.eval.suite.ProgramKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

  private final List<ProgramOutcome> outcomes = List.of(
      ProgramOutcome.proposed("p1", ProgramKind.RECIPE, 1, true, true, 4000, 1000).withDetail("recipe string-concat"),
      ProgramOutcome.untouched("p2", ProgramKind.ALREADY_FAST, 0, null, 2000));
  private final EvalReport report = EvalReport.of("recipes only | retrieval on", "recipe engine", "flamefix eval", outcomes);

  @Test
  void summaryTableHasOneRowPerRunWithTheMetrics() {
    String md = MarkdownReport.summaryTable(List.of(report));
    String[] lines = md.split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("| Run | Model |").contains("Pass@1").contains("%OPT").contains("@Speedup");
    // runtime mean = (1000 + 2000) / 2 ns = 1.5 µs; @Speedup = 3000 / 1500 = 2.00×
    assertThat(lines[2]).isEqualTo(
        "| recipes only \\| retrieval on | recipe engine | 2 | 1.5 | 1.000 (1/1) | 0.500 (1/2) | 2.00× | 2.00× | 0 | 1/1 | 0 |");
  }

  @Test
  void programTableShowsEachOutcome() {
    String md = MarkdownReport.programTable(report);
    assertThat(md).contains("| p1 | recipe | 1 | yes | yes | yes | 4.0 | 1.0 | 4.00× |");
    assertThat(md).contains("| p2 | already-fast | 0 | – | no | – | 2.0 | 2.0 | 1.00× |");
  }

  @Test
  void jsonRoundTrips(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    MetricsJson.write(List.of(report), file);
    String text = Files.readString(file);
    assertThat(text).contains("\"pass1\" : 1.0").contains("\"speedup\" : 2.0");
    List<EvalReport> back = MetricsJson.fromJson(text);
    assertThat(back).containsExactly(report);
  }

  @Test
  void nullRatiosStayNullInJson() {
    EvalReport baseline = EvalReport.of("baseline", "none", "", List.of(
        ProgramOutcome.untouched("p", ProgramKind.RECIPE, 0, null, 10)));
    String text = MetricsJson.toJson(List.of(baseline));
    assertThat(text).contains("\"pass1\" : null");
    assertThat(MetricsJson.fromJson(text).get(0).summary().pass1()).isNull();
  }

  @Test
  void malformedJsonIsRefused() {
    assertThatThrownBy(() -> MetricsJson.fromJson("{\"reports\": 3}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an evaluation report document");
  }
}
