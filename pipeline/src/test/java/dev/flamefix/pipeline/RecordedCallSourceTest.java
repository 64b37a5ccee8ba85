package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which recorded calls a target gets: its class, its name, the overload it names. */
class RecordedCallSourceTest {

  static RecordingBatch batch(String method, int calls) {
    List<RecordedCall> list = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      list.add(new RecordedCall(1000L + i, new byte[] {1, (byte) i}));
    }
    return new RecordingBatch("r-" + method.hashCode() + "-" + calls, "shop", method,
        RecordingBatch.Status.COMPLETED, "", 0, 0, calls, Map.of(), list);
  }

  private final RecordedCallSource source = RecordedCallSource.of(List.of(
      batch("acme.Foo#bar(java.lang.String,int[])", 3),
      batch("acme.Foo#bar(java.util.List)", 5),
      batch("acme.Foo#bar(java.lang.String,int[])", 4),
      batch("acme.Foo$Inner#bar(java.lang.String,int[])", 9),
      batch("acme.Foo#baz()", 1)));

  @Test
  void aNamedOverloadGetsTheCallsOfEveryBatchOfIt() {
    RecordedCallSource.Selection s = source.select("acme.Foo", "bar(String, int[])").orElseThrow();

    assertThat(s.method()).isEqualTo("acme.Foo#bar(java.lang.String,int[])");
    assertThat(s.calls()).hasSize(7);
    assertThat(source.select("acme.Foo", "bar(java.util.List<java.lang.String>)").orElseThrow().calls())
        .hasSize(5);
  }

  @Test
  void aBareNameGetsTheOverloadWithTheMostCalls() {
    assertThat(source.select("acme.Foo", "bar").orElseThrow().method())
        .isEqualTo("acme.Foo#bar(java.lang.String,int[])");
    assertThat(source.select("acme.Foo$Inner", "bar").orElseThrow().calls()).hasSize(9);
  }

  @Test
  void nothingMatchesOtherOverloadsClassesOrNames() {
    assertThat(source.select("acme.Foo", "bar(int)")).isEmpty();
    assertThat(source.select("acme.Other", "bar")).isEmpty();
    assertThat(source.select("acme.Foo", "qux")).isEmpty();
    assertThat(RecordedCallSource.NONE.select("acme.Foo", "bar")).isEmpty();
  }
}
