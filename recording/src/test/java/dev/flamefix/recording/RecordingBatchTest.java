package dev.flamefix.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordingBatchTest {
  private static RecordingBatch batch() {
    return new RecordingBatch("req-1", "orders", MethodKey.of("com.acme.Foo", "bar", "java.lang.String", "int[]"),
        RecordingBatch.Status.TIMED_OUT, "time box of 60 s ended", 1000L, 61_000L, 57L,
        Map.of("too_large", 2L), List.of(new RecordedCall(1500L, new byte[] {1, 2, 3}), new RecordedCall(1600L, new byte[0])));
  }

  private static byte[] bytes(RecordingBatch batch) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void roundTrips() throws IOException {
    RecordingBatch read = RecordingBatch.readFrom(new ByteArrayInputStream(bytes(batch())));
    assertThat(read.requestId()).isEqualTo("req-1");
    assertThat(read.method()).isEqualTo("com.acme.Foo#bar(java.lang.String,int[])");
    assertThat(MethodKey.className(read.method())).isEqualTo("com.acme.Foo");
    assertThat(MethodKey.methodName(read.method())).isEqualTo("bar");
    assertThat(read.status()).isEqualTo(RecordingBatch.Status.TIMED_OUT);
    assertThat(read.callsSeen()).isEqualTo(57L);
    assertThat(read.skipped()).containsEntry("too_large", 2L);
    assertThat(read.calls()).extracting(RecordedCall::epochMillis).containsExactly(1500L, 1600L);
    assertThat(read.calls().get(0).payload()).containsExactly(1, 2, 3);
  }

  @Test
  void rejectsForeignTruncatedAndOversizedInput() throws IOException {
    assertThatThrownBy(() -> RecordingBatch.readFrom(new ByteArrayInputStream("{\"json\":1}".getBytes())))
        .isInstanceOf(RecordingFormatException.class).hasMessageContaining("magic");
    byte[] whole = bytes(batch());
    assertThatThrownBy(() -> RecordingBatch.readFrom(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 2))))
        .isInstanceOf(RecordingFormatException.class).hasMessageContaining("truncated");
    byte[] huge = whole.clone();
    // the first call's payload length sits 3 bytes before its payload at the end minus the second call
    int lengthAt = whole.length - 4 - 8 - 3 - 4;
    huge[lengthAt] = 0x7f;
    assertThatThrownBy(() -> RecordingBatch.readFrom(new ByteArrayInputStream(huge)))
        .isInstanceOf(RecordingFormatException.class).hasMessageContaining("payload bytes out of range");
  }

  @Test
  void aMethodKeyMustLookLikeOne() {
    assertThatThrownBy(() -> MethodKey.className("Foo.bar")).isInstanceOf(IllegalArgumentException.class);
  }
}
