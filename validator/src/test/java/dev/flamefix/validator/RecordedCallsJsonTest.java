package dev.flamefix.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.recording.RecordedCall;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request with recorded calls survives JSON, as it does on its way to a validation worker. */
class RecordedCallsJsonTest {

  @Test
  void recordedCallsRoundTripThroughJson() throws Exception {
    ValidationRequest request = ValidationRequest.of("c1", "acme.Foo", "class Foo {}", "class Foo {}",
        List.of("bar"), List.of(Path.of("/tmp/x.jar")))
        .withRecordedCalls("acme.Foo#bar(int)", List.of(new RecordedCall(7L, new byte[] {1, 2, -3})));
    ObjectMapper json = new ObjectMapper();

    String text = json.writeValueAsString(request);
    ValidationRequest back = json.readValue(text, ValidationRequest.class);

    assertThat(text).contains("\"payloads\":[{\"epochMillis\":7,\"payload\":\"AQL9\"}]");
    assertThat(back.recorded().method()).isEqualTo("acme.Foo#bar(int)");
    assertThat(back.recorded().calls()).singleElement().satisfies(c -> {
      assertThat(c.epochMillis()).isEqualTo(7L);
      assertThat(c.payload()).containsExactly(1, 2, -3);
    });
  }
}
