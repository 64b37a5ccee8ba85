package dev.flamefix.agent.recorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.recording.RecordingBatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordingRequestTest {

  private static RecordingRequest parse(String text) throws RecordingRequest.Invalid {
    return RecordingRequest.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryFieldAndTheServersRedactionRulesInOrder() throws Exception {
    RecordingRequest r = parse("id=r-1\nmethod=com.acme.Foo#bar(int)\nmaxCalls=5\n"
        + "sampleEvery=3\ndurationSeconds=30\nmaxBytesPerCall=1024\nredact.0=secret\\\\d+\n"
        + "redact.1=[a-z]+@[a-z.]+\nredact.3=not-contiguous\n");

    assertThat(r.id()).isEqualTo("r-1");
    assertThat(r.method()).isEqualTo("com.acme.Foo#bar(int)");
    assertThat(r.maxCalls()).isEqualTo(5);
    assertThat(r.sampleEvery()).isEqualTo(3);
    assertThat(r.durationSeconds()).isEqualTo(30);
    assertThat(r.maxBytesPerCall()).isEqualTo(1024);
    assertThat(r.redact()).containsExactly("secret\\d+", "[a-z]+@[a-z.]+");
  }

  @Test
  void appliesTheContractsDefaultsAndLowersLimitsToTheCaps() throws Exception {
    RecordingRequest defaults = parse("id=a\nmethod=com.acme.Foo#bar\n");
    assertThat(defaults.maxCalls()).isEqualTo(200);
    assertThat(defaults.sampleEvery()).isEqualTo(1);
    assertThat(defaults.durationSeconds()).isEqualTo(60);
    assertThat(defaults.maxBytesPerCall()).isEqualTo(65536);

    RecordingRequest capped = parse("id=a\nmethod=com.acme.Foo#bar\nmaxCalls=99999\n"
        + "durationSeconds=86400\nmaxBytesPerCall=999999999\n");
    assertThat(capped.maxCalls()).isEqualTo(10_000);
    assertThat(capped.durationSeconds()).isEqualTo(600);
    assertThat(capped.maxBytesPerCall()).isEqualTo(RecordingBatch.MAX_PAYLOAD_BYTES);
  }

  @Test
  void aRequestWithAnIdButBadValuesFailsWithAnEnvelopeTheServerCanRead() throws Exception {
    RecordingRequest.Invalid invalid = org.junit.jupiter.api.Assertions.assertThrows(
        RecordingRequest.Invalid.class,
        () -> parse("id=r-9\nmethod=com.acme.Foo#bar\nmaxCalls=lots\n"));
    assertThat(invalid.id()).isEqualTo("r-9");

    RecordingBatch failure = invalid.failure("orders", 42L);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    failure.writeTo(bytes);
    RecordingBatch read = RecordingBatch.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(read.status()).isEqualTo(RecordingBatch.Status.FAILED);
    assertThat(read.message()).isEqualTo("maxCalls is not a number");
    assertThat(read.method()).isEqualTo("com.acme.Foo#bar(...)");
    assertThat(read.app()).isEqualTo("orders");
  }

  @Test
  void garbageOrAMissingIdIsNotAReportableRequest() {
    for (String body : new String[] {"", "\u0000\u00ff{{{", "method=a.B#c\n", "id=../x\n"}) {
      assertThatThrownBy(() -> parse(body)).isInstanceOfSatisfying(RecordingRequest.Invalid.class,
          e -> assertThat(e.id()).isNull());
    }
    assertThatThrownBy(() -> parse("id=ok\n")).isInstanceOfSatisfying(
        RecordingRequest.Invalid.class, e -> assertThat(e.id()).isEqualTo("ok"));
  }

  @Test
  void theFailureEnvelopeKeepsAFullKeyAsGiven() {
    assertThat(RecordingRequest.keyShaped("a.B#c(int)")).isEqualTo("a.B#c(int)");
    assertThat(RecordingRequest.keyShaped("a.B#c")).isEqualTo("a.B#c(...)");
    assertThat(RecordingRequest.keyShaped("a.B#c(int")).isEqualTo("a.B#c(...)");
  }
}
