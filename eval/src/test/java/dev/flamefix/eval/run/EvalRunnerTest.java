package dev.flamefix.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.EvalSuite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRunnerTest {

  @TempDir Path dir;

  private final List<EvalProgram> programs = EvalSuite.loadBundled().subList(0, 5);

  private static ProgramOutcome untouched(EvalProgram p) {
    return ProgramOutcome.untouched(p.id(), p.kind(), 0, null, 1000);
  }

  @Test
  void interruptedRunResumesWithOnlyTheMissingPrograms() {
    List<String> firstRun = new ArrayList<>();
    String failing = programs.get(2).id();
    ProgressBar quiet = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), false, programs.size());
    EvalRunner.Result first = new EvalRunner(new ResultsStore(dir), p -> {
      firstRun.add(p.id());
      if (p.id().equals(failing)) {
        throw new IllegalStateException("validator crashed");
      }
      return untouched(p);
    }).run(programs, quiet);
    assertThat(firstRun).hasSize(5);
    assertThat(first.complete()).isFalse();
    assertThat(first.failures()).containsOnlyKeys(failing);
    assertThat(first.outcomes()).hasSize(4);

    List<String> secondRun = new ArrayList<>();
    EvalRunner.Result second = new EvalRunner(new ResultsStore(dir), p -> {
      secondRun.add(p.id());
      return untouched(p);
    }).run(programs, quiet);
    assertThat(secondRun).containsExactly(failing);
    assertThat(second.complete()).isTrue();
    assertThat(second.outcomes()).extracting(ProgramOutcome::programId)
        .containsExactlyElementsOf(programs.stream().map(EvalProgram::id).toList());
    assertThat(second.summary().programs()).isEqualTo(5);
  }

  @Test
  void outcomeForTheWrongProgramIsRejected() {
    ProgressBar quiet = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), false, programs.size());
    EvalRunner.Result result = new EvalRunner(new ResultsStore(dir), p -> untouched(programs.get(0)))
        .run(programs.subList(1, 2), quiet);
    assertThat(result.failures().values()).singleElement().asString().contains("instead of");
    assertThat(new ResultsStore(dir).outcomes()).isEmpty();
  }

  @Test
  void progressIsPrintedPerProgram() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 2);
    new EvalRunner(new ResultsStore(dir), EvalRunnerTest::untouched).run(programs.subList(0, 2), bar);
    String log = bytes.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("[0/2] ░░░░░░░░░░░░░░░░░░░░   0% " + programs.get(0).id() + " ...");
    assertThat(log).contains("[2/2] ████████████████████ 100% " + programs.get(1).id() + " done");
  }
}
