package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictOutcomeTest {

  private static Verdict verdict(Verdict.Outcome outcome) {
    return new Verdict("c1", outcome, "why", Stage.DIFFERENTIAL, "p.C", List.of("m"), null, null,
        null, null, null, "", 5);
  }

  @Test
  void unprovenIsNeverAccepted() {
    Verdict v = verdict(Verdict.Outcome.UNPROVEN);
    assertThat(v.accepted()).isFalse();
    assertThat(v.unproven()).isTrue();
    assertThat(v.outcomeLabel()).isEqualTo("unproven");
  }

  @Test
  void booleanConstructorKeepsAcceptedAndRejected() {
    Verdict yes = new Verdict("c1", true, "ok", Stage.BENCHMARK, "p.C", List.of("m"), null, null,
        null, null, null, "", 5);
    Verdict no = new Verdict("c1", false, "no", Stage.BENCHMARK, "p.C", List.of("m"), null, null,
        null, null, null, "", 5);
    assertThat(yes.outcome()).isEqualTo(Verdict.Outcome.ACCEPTED);
    assertThat(yes.accepted()).isTrue();
    assertThat(no.outcome()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(no.accepted()).isFalse();
  }

  @Test
  void jsonCarriesOutcomeAndTheAcceptedFlag() throws Exception {
    JsonNode unproven = new ObjectMapper().readTree(verdict(Verdict.Outcome.UNPROVEN).toJson());
    assertThat(unproven.get("outcome").asText()).isEqualTo("UNPROVEN");
    assertThat(unproven.get("accepted").asBoolean()).isFalse();
    JsonNode accepted = new ObjectMapper().readTree(verdict(Verdict.Outcome.ACCEPTED).toJson());
    assertThat(accepted.get("outcome").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.get("accepted").asBoolean()).isTrue();
  }
}
