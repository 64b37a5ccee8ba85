package dev.flamefix.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestRequestTest {

  static final long NOW = 1_790_000_000_000L;

  @Test
  void readsEveryParameter() throws IngestException {
    IngestRequest r = IngestRequest.parse(Map.of(
        "name", "orders.wall{env=prod}", "from", "1789999990", "until", "1790000000",
        "format", "jfr", "sampleRate", "100", "units", "samples", "spyName", "javaspy",
        "pid", "42", "host", " box-1 "), NOW, null);
    assertThat(r.series().app()).isEqualTo("orders");
    assertThat(r.fromMs()).isEqualTo(1_789_999_990_000L);
    assertThat(r.untilMs()).isEqualTo(1_790_000_000_000L);
    assertThat(r.format()).isEqualTo(IngestFormat.JFR);
    assertThat(r.sampleRate()).isEqualTo(100);
    assertThat(r.spyName()).isEqualTo("javaspy");
    assertThat(r.pid()).isEqualTo("42");
    assertThat(r.host()).isEqualTo("box-1");
    assertThat(r.foldedEvent()).isEqualTo("wall");
  }

  @Test
  void missingTimesMeanAnInstantWindowEndingNow() throws IngestException {
    IngestRequest r = IngestRequest.parse(Map.of("name", "orders"), NOW, null);
    assertThat(r.fromMs()).isEqualTo(NOW);
    assertThat(r.untilMs()).isEqualTo(NOW);
    assertThat(r.format()).isEqualTo(IngestFormat.FOLDED);
    assertThat(r.sampleRate()).isNull();
  }

  @Test
  void theRequestShapeOverridesTheFormatParameter() throws IngestException {
    IngestRequest r = IngestRequest.parse(Map.of("name", "orders", "format", "pprof"), NOW,
        IngestFormat.JFR);
    assertThat(r.format()).isEqualTo(IngestFormat.JFR);
  }

  @Test
  void foldedStacksTakeTheirEventFromTheSuffixThenTheUnits() throws IngestException {
    assertThat(event("orders", "objects")).isEqualTo(ProfileEvents.ALLOC);
    assertThat(event("orders", "bytes")).isEqualTo("alloc_bytes");
    assertThat(event("orders", "lock_samples")).isEqualTo(ProfileEvents.LOCK);
    assertThat(event("orders", "lock_nanoseconds")).isEqualTo("lock_duration");
    assertThat(event("orders", "samples")).isEqualTo(ProfileEvents.CPU);
    assertThat(event("orders.wall", "objects")).isEqualTo(ProfileEvents.WALL);
  }

  @Test
  void malformedParametersAreRefusedWithTheirName() {
    refused(Map.of(), IngestException.BAD_REQUEST, "missing 'name'");
    refused(Map.of("name", "a", "from", "now", "until", "now-1h"), IngestException.BAD_REQUEST,
        "'from' (now) is after 'until' (now-1h)");
    refused(Map.of("name", "a", "until", "yesterday"), IngestException.BAD_REQUEST,
        "'until': invalid time 'yesterday'");
    refused(Map.of("name", "a", "sampleRate", "0"), IngestException.BAD_REQUEST,
        "'sampleRate' must be positive, was 0");
    refused(Map.of("name", "a", "sampleRate", "fast"), IngestException.BAD_REQUEST,
        "'sampleRate' must be an integer, was 'fast'");
    refused(Map.of("name", "a", "units", "x".repeat(33)), IngestException.BAD_REQUEST,
        "'units' is longer than 32 characters");
    refused(Map.of("name", "a", "format", "pprof"), IngestException.UNSUPPORTED_FORMAT,
        "unsupported format 'pprof'");
  }

  private static String event(String name, String units) throws IngestException {
    return IngestRequest.parse(Map.of("name", name, "units", units), NOW, null).foldedEvent();
  }

  private static void refused(Map<String, String> params, String reason, String message) {
    assertThatThrownBy(() -> IngestRequest.parse(params, NOW, null))
        .as(params.toString())
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).contains(message);
        });
  }
}
