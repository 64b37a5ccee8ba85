package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builder fills every field, and the JSON the child reads keeps one property per record
 * component, so a task written by the host is the same task in the child.
 */
class DifferentialTaskTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static DifferentialTask full() {
    return DifferentialTask.builder("ferry-1", "acme.ferry.Timetable",
            "acme.ferry.Timetable__candidate", List.of("departures", "crossing(int)"))
        .calls(321)
        .seed(99L)
        .tolerance(1e-6, 1e-8)
        .callTimeoutMillis(1234)
        .receiverFactory("acme.ferry.Fixtures#make")
        .literals(List.of("quay", "bad berth"), List.of(7L, 12L), List.of("trim"))
        .changedLines(List.of(3, 4), List.of(5))
        .coverageSearch(77, 888)
        .helperMethods(List.of("crossing(int)"))
        .recordedCalls("/tmp/recorded-0.ffrc")
        .preconditions(List.of(new PreconditionSpec("crossing(int)", "berth >= 0", "javadoc",
            "acme.ferry.Checks", "crossing")))
        .messageStrings(List.of("bad berth"))
        .build();
  }

  @Test
  void theBuilderSetsEveryFieldAndTheJsonReadsBackTheSame() throws Exception {
    DifferentialTask task = full();
    assertThat(task.calls()).isEqualTo(321);
    assertThat(task.seed()).isEqualTo(99L);
    assertThat(task.relativeTolerance()).isEqualTo(1e-6);
    assertThat(task.absoluteTolerance()).isEqualTo(1e-8);
    assertThat(task.callTimeoutMillis()).isEqualTo(1234);
    assertThat(task.searchCalls()).isEqualTo(77);
    assertThat(task.searchMillis()).isEqualTo(888);
    assertThat(task.valueStrings()).containsExactly("quay");
    assertThat(task.isHelper("crossing(int)")).isTrue();
    assertThat(task.coverageGate()).isTrue();

    String written = JSON.writeValueAsString(new DifferentialTask[] {task});
    JsonNode node = JSON.readTree(written).get(0);
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    List<String> components = java.util.Arrays.stream(
        DifferentialTask.class.getRecordComponents()).map(c -> c.getName()).toList();
    assertThat(names).containsExactlyInAnyOrderElementsOf(components);
    assertThat(JSON.readValue(written, DifferentialTask[].class)).containsExactly(task);
    assertThat(task.toBuilder().build()).isEqualTo(task);
    assertThat(task.toBuilder().recordedCalls("/elsewhere.ffrc").build())
        .isEqualTo(new DifferentialTask(task.id(), task.originalClass(), task.candidateClass(),
            task.methods(), task.calls(), task.seed(), task.relativeTolerance(),
            task.absoluteTolerance(), task.callTimeoutMillis(), task.receiverFactory(),
            task.strings(), task.numbers(), task.textCalls(), task.originalLines(),
            task.candidateLines(), task.searchCalls(), task.searchMillis(), task.helperMethods(),
            "/elsewhere.ffrc", task.preconditions(), task.messageStrings()));
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    DifferentialTask task = DifferentialTask.builder("d", "a.B", "a.B__candidate",
        List.of("m")).build();
    assertThat(task).isEqualTo(new DifferentialTask("d", "a.B", "a.B__candidate", List.of("m"),
        500, 20261121L, 1e-9, 1e-12, 5_000, null, List.of(), List.of(), List.of(), null, null,
        0, 0, null, null, null, null));
    assertThat(task.coverageGate()).isFalse();
  }
}
