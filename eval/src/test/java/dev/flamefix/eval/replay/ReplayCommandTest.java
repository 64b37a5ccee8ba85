package dev.flamefix.eval.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.eval.EvalCommand;
import dev.flamefix.eval.suite.SuiteFormatException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flamefix eval replay} on the team's own replay set (3 tasks, 9 answers written by the
 * team, not by a model): every answer goes through the real pipeline (loopback model server,
 * splicer, validator with quick JMH) and the drivers' ground truth. The correct answers replace a
 * quadratic loop with a linear one, so they are accepted by a wide margin; the classification of
 * each answer is asserted, not its timings.
 */
class ReplayCommandTest {

  @TempDir Path out;

  @Test
  void classifiesEveryRecordedAnswerAgainstItsDriver() throws Exception {
    StringWriter stdout = new StringWriter();
    CommandLine cli = new CommandLine(new EvalCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(stdout));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit = cli.execute("replay", bundledSet().toString(), "--jmh", "quick", "--out", out.toString());

    JsonNode report = new ObjectMapper().readTree(out.resolve("replay.json").toFile());
    Map<String, JsonNode> byAnswer = new HashMap<>();
    report.get("answers").forEach(a -> byAnswer.put(a.get("task").asText() + "/" + a.get("answer").asText(), a));
    assertThat(byAnswer).as(report.toPrettyString()).hasSize(9);

    expect(byAnswer, "totals/prefix-sum", PipelineOutcome.ACCEPTED, GroundTruth.EQUIVALENT_FASTER);
    expect(byAnswer, "totals/int-sum", PipelineOutcome.COUNTEREXAMPLE, GroundTruth.WRONG);
    expect(byAnswer, "joiner/string-builder", PipelineOutcome.ACCEPTED, GroundTruth.EQUIVALENT_FASTER);
    expect(byAnswer, "joiner/length-check", PipelineOutcome.COUNTEREXAMPLE, GroundTruth.WRONG);
    expect(byAnswer, "joiner/prose-only", PipelineOutcome.SPLICE_REFUSED, GroundTruth.UNKNOWN);
    expect(byAnswer, "dedup/linked-hash-set", PipelineOutcome.ACCEPTED, GroundTruth.EQUIVALENT_FASTER);
    expect(byAnswer, "dedup/hash-set", PipelineOutcome.COUNTEREXAMPLE, GroundTruth.WRONG);
    expect(byAnswer, "dedup/typo", PipelineOutcome.COMPILE, GroundTruth.DOES_NOT_BUILD);
    // The same quadratic loop run backwards: equivalent, and the driver sees the same output. Its
    // speed is within noise of the original's (measured 1.12x once, with the driver agreeing),
    // so either speed verdict is honest on a shared machine; it is never a counterexample.
    JsonNode same = byAnswer.get("totals/same-loop");
    assertThat(same.get("outcome").asText()).as(same.toString())
        .isIn(PipelineOutcome.NOT_FASTER.name(), PipelineOutcome.ACCEPTED.name());
    assertThat(same.get("truth").asText()).as(same.toString())
        .isIn(GroundTruth.EQUIVALENT_NOT_FASTER.name(), GroundTruth.EQUIVALENT_FASTER.name());

    assertThat(byAnswer.get("joiner/prose-only").get("reason").asText()).contains("no Java code");
    assertThat(byAnswer.get("joiner/prose-only").get("truthFrom").asText()).isEqualTo("none");
    assertThat(byAnswer.get("totals/prefix-sum").get("truthFrom").asText()).isEqualTo("splice");
    assertThat(report.get("wrongAccepted").asInt()).isZero();
    int sameAccepted = same.get("outcome").asText().equals(PipelineOutcome.ACCEPTED.name())
        && same.get("truth").asText().equals(GroundTruth.EQUIVALENT_FASTER.name()) ? 1 : 0;
    assertThat(report.get("equivalentFasterAccepted").asInt()).isEqualTo(3 + sameAccepted);
    assertThat(exit).isZero();
    assertThat(Files.readString(out.resolve("replay.md"))).contains(ReplayReport.CAVEAT)
        .contains("wrong accepted: 0").contains("| accepted | " + (3 + sameAccepted) + " |");
    assertThat(stdout.toString()).contains(ReplayReport.CAVEAT);
  }

  @Test
  void aSetWithoutTasksIsRefusedWithItsPath(@TempDir Path empty) {
    Assertions.assertThatThrownBy(() -> ReplaySet.load(empty)).isInstanceOf(SuiteFormatException.class)
        .hasMessageContaining("no task");
    int exit = new CommandLine(new EvalCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute("replay", empty.toString(), "--out", out.toString());
    assertThat(exit).isEqualTo(2);
  }

  @Test
  void loadsAnswersWithTheSetsOwnAppliedSource(@TempDir Path set) throws Exception {
    Path task = Files.createDirectories(set.resolve("t1").resolve("answers"));
    Files.writeString(set.resolve("t1/task.json"), "{\"target\": \"p.A#f\"}");
    Files.writeString(set.resolve("t1/original.java"), "package p; public class A { static int f() { return 1; } }");
    Files.writeString(set.resolve("t1/workload.java"), "package p; public class AWorkload {}");
    Files.writeString(task.resolve("b.md"), "```java\nstatic int f() { return 2; }\n```");
    Files.writeString(task.resolve("a.md"), "no code");
    Files.writeString(task.resolve("a.java"), "package p; public class A { static int f() { return 1; } }");

    List<ReplayTask> tasks = ReplaySet.load(set);

    assertThat(tasks).singleElement().satisfies(t -> {
      assertThat(t.className()).isEqualTo("p.A");
      assertThat(t.answers()).extracting(ReplayTask.RecordedAnswer::name).containsExactly("a", "b");
      assertThat(t.answers().get(0).appliedSource()).contains("return 1");
      assertThat(t.answers().get(1).appliedSource()).isNull();
    });
  }

  private static void expect(Map<String, JsonNode> byAnswer, String key, PipelineOutcome outcome, GroundTruth truth) {
    JsonNode a = byAnswer.get(key);
    assertThat(a).as(key).isNotNull();
    assertThat(a.get("outcome").asText()).as(a.toPrettyString()).isEqualTo(outcome.name());
    assertThat(a.get("truth").asText()).as(a.toPrettyString()).isEqualTo(truth.name());
  }

  private static Path bundledSet() throws URISyntaxException {
    return Path.of(ReplayCommandTest.class.getResource("/dev/flamefix/eval/replay/set").toURI());
  }
}
