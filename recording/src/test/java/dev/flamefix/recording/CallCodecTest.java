package dev.flamefix.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CallCodecTest {
  record Line(String sku, int quantity, long cents) {}

  /** No no-argument constructor: read back through Objenesis. */
  static final class Account {
    private final String id;
    private final List<Line> lines = new ArrayList<>();
    private Account self;

    Account(String id) {
      this.id = id;
      this.self = this;
    }
  }

  private final CallCodec recorder = CallCodec.recording(Redaction.none(), CallCodec.DEFAULT_MAX_BYTES);
  private final CallCodec reader = CallCodec.replaying(getClass().getClassLoader());

  @Test
  void recordsCollectionsPlainObjectsAndCyclesSurviveTheTrip() {
    Account account = new Account("acct-7");
    account.lines.add(new Line("SKU-1", 3, 1299L));
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("b", 2);
    counts.put("a", 1);
    Object[] args = {List.of(new Line("X", 1, -5L)), counts, new int[] {1, 2, 3}, "text", 42L, LocalDate.of(2026, 12, 4), null};

    CallCodec.Encoded encoded = recorder.encode(account, args);
    assertThat(encoded.isOk()).as(encoded.detail()).isTrue();
    Object[] call = reader.decode(encoded.payload());

    Account copy = (Account) call[0];
    assertThat(copy).isNotSameAs(account);
    assertThat(copy.id).isEqualTo("acct-7");
    assertThat(copy.lines).containsExactly(new Line("SKU-1", 3, 1299L));
    assertThat(copy.self).isSameAs(copy);
    assertThat(call[1]).isEqualTo(List.of(new Line("X", 1, -5L)));
    assertThat(call[2]).isEqualTo(counts);
    assertThat(new ArrayList<Object>(((Map<?, ?>) call[2]).keySet())).containsExactly("b", "a");
    assertThat((int[]) call[3]).containsExactly(1, 2, 3);
    assertThat(call).hasSize(8).endsWith("text", 42L, LocalDate.of(2026, 12, 4), null);
  }

  @Test
  void theCopyDoesNotFollowLaterChangesOfTheLiveObject() {
    List<String> live = new ArrayList<>(List.of("a"));
    byte[] payload = recorder.encode(null, new Object[] {live}).payload();
    live.add("b");
    assertThat(reader.decode(payload)[1]).isEqualTo(List.of("a"));
  }

  @Test
  void stringsAreRedactedByTheRulesEverywhereInTheGraph() {
    CallCodec redacting = CallCodec.recording(Redaction.of(List.of("[\\w.]+@[\\w.]+", "\\b\\d{16}\\b")), 4096);
    Object[] args = {"mail ann@example.com now", List.of("4111111111111111", "ok")};
    Object[] call = reader.decode(redacting.encode(null, args).payload());
    assertThat(call[1]).isEqualTo("mail <redacted> now");
    assertThat(call[2]).isEqualTo(List.of("<redacted>", "ok"));
  }

  @Test
  void refusesThreadsStreamsAndLambdasWithAReasonInsteadOfThrowing() {
    Function<String, String> lambda = s -> s;
    assertThat(recorder.encode(null, new Object[] {Thread.currentThread()}).skipReason()).isEqualTo("unrecordable_type");
    assertThat(recorder.encode(null, new Object[] {new ByteArrayInputStream(new byte[1])}).skipReason()).isEqualTo("unrecordable_type");
    CallCodec.Encoded refused = recorder.encode(null, new Object[] {List.of(lambda)});
    assertThat(refused.isOk()).isFalse();
    assertThat(refused.skipReason()).isEqualTo("unrecordable_type");
    assertThat(refused.payload()).isNull();
  }

  @Test
  void payloadsOverTheCapAreSkippedAsTooLarge() {
    CallCodec small = CallCodec.recording(Redaction.none(), 256);
    CallCodec.Encoded encoded = small.encode(null, new Object[] {"x".repeat(10_000)});
    assertThat(encoded.skipReason()).isEqualTo("too_large");
    assertThat(small.encode(null, new Object[] {"fits"}).isOk()).isTrue();
  }

  @Test
  void deepGraphsAreSkippedAsTooDeep() {
    List<Object> nested = new ArrayList<>();
    List<Object> cursor = nested;
    for (int i = 0; i < 500; i++) {
      List<Object> inner = new ArrayList<>();
      cursor.add(inner);
      cursor = inner;
    }
    assertThat(recorder.encode(null, new Object[] {nested}).skipReason()).isEqualTo("too_deep");
  }

  @Test
  void unreadableBytesGiveAFormatError() {
    assertThatThrownBy(() -> reader.decode(new byte[] {9, 1, 2})).isInstanceOf(RecordingFormatException.class).hasMessageContaining("version 9");
    byte[] payload = recorder.encode(null, new Object[] {new Line("a", 1, 2)}).payload();
    byte[] truncated = java.util.Arrays.copyOf(payload, payload.length - 3);
    assertThatThrownBy(() -> reader.decode(truncated)).isInstanceOf(RecordingFormatException.class);
  }
}
