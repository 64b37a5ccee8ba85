package dev.flamefix.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.ProgramKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsStoreTest {

  @TempDir Path dir;

  private static ProgramOutcome outcome(String id) {
    return ProgramOutcome.proposed(id, ProgramKind.RECIPE, 1, true, true, 2000, 500).withDetail("d-" + id);
  }

  @Test
  void outcomesSurviveReopening() {
    ResultsStore store = new ResultsStore(dir);
    store.append(outcome("p1"));
    store.append(outcome("p2"));
    ResultsStore reopened = new ResultsStore(dir);
    assertThat(reopened.isDone("p1")).isTrue();
    assertThat(reopened.isDone("p3")).isFalse();
    assertThat(reopened.outcomes()).containsExactly(outcome("p1"), outcome("p2"));
  }

  @Test
  void tornLastLineFromACrashIsDroppedAndTheFileRepaired() throws Exception {
    ResultsStore store = new ResultsStore(dir);
    store.append(outcome("p1"));
    Files.writeString(store.file(), "{\"programId\":\"p2\",\"kind\":\"rec", StandardOpenOption.APPEND);
    ResultsStore reopened = new ResultsStore(dir);
    assertThat(reopened.outcomes()).containsExactly(outcome("p1"));
    reopened.append(outcome("p2"));
    assertThat(new ResultsStore(dir).outcomes()).containsExactly(outcome("p1"), outcome("p2"));
  }

  @Test
  void corruptLineInTheMiddleIsAnErrorNotSilentLoss() throws Exception {
    ResultsStore store = new ResultsStore(dir);
    store.append(outcome("p1"));
    Files.writeString(store.file(), "garbage\n", StandardOpenOption.APPEND);
    store.append(outcome("p2"));
    assertThatThrownBy(() -> new ResultsStore(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }
}
