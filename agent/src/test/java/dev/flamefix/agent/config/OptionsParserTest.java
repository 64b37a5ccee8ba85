package dev.flamefix.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsParserTest {

  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void parsesEveryOption() throws Exception {
    AgentOptions o = OptionsParser.parse("server=http://flamefix:4040/,app=orders,event=wall,"
        + "interval=5ms,window=30s,labels=env=prod;region=eu-1,token=abc.DEF-123,queue=2mb,"
        + "timeout=3s,stats=/tmp/s.properties", NO_ENV);

    assertThat(o.server()).isEqualTo("http://flamefix:4040");
    assertThat(o.app()).isEqualTo("orders");
    assertThat(o.event()).isEqualTo(ProfilingEvent.WALL);
    assertThat(o.interval()).isEqualTo(5_000_000L);
    assertThat(o.windowMillis()).isEqualTo(30_000L);
    assertThat(o.labels()).containsExactly(Map.entry("env", "prod"), Map.entry("region", "eu-1"));
    assertThat(o.token()).isEqualTo("abc.DEF-123");
    assertThat(o.queueBytes()).isEqualTo(2L * 1024 * 1024);
    assertThat(o.timeoutMillis()).isEqualTo(3_000L);
    assertThat(o.statsFile()).isEqualTo("/tmp/s.properties");
  }

  @Test
  void appliesDefaults() throws Exception {
    AgentOptions o = OptionsParser.parse("server=http://h:1,app=a", NO_ENV);

    assertThat(o.event()).isEqualTo(ProfilingEvent.CPU);
    assertThat(o.interval()).isEqualTo(10_000_000L);
    assertThat(o.windowMillis()).isEqualTo(10_000L);
    assertThat(o.queueBytes()).isEqualTo(8L * 1024 * 1024);
    assertThat(o.timeoutMillis()).isEqualTo(10_000L);
    assertThat(o.labels()).isEmpty();
    assertThat(o.token()).isNull();
    assertThat(o.statsFile()).isNull();
    assertThat(o.lines()).isTrue();
    assertThat(OptionsParser.parse("server=http://h:1,app=a,lines=false", NO_ENV).lines()).isFalse();
  }

  @Test
  void recordingIsDeniedUnlessAllowedAndRedactIsOneRegexWithAlternatives() throws Exception {
    AgentOptions off = OptionsParser.parse("server=http://h:1,app=a", NO_ENV);
    assertThat(off.recordingAllowed()).isFalse();
    assertThat(off.redact()).isNull();
    assertThat(off.toString()).contains("recording=deny");

    AgentOptions on = OptionsParser.parse("server=http://h:1,app=a,recording=ALLOW,"
        + "redact=C\\d+|\\d+\\x2c\\d+", NO_ENV);
    assertThat(on.recordingAllowed()).isTrue();
    // a comma cannot appear in the option string: \x2c stands for a literal one
    assertThat(on.redact()).isEqualTo("C\\d+|\\d+\\x2c\\d+");
    assertThat(java.util.regex.Pattern.compile(on.redact()).matcher("x 12,345 C77")
        .replaceAll("#")).isEqualTo("x # #");

    // the environment variable takes the expression verbatim, commas included
    AgentOptions env = OptionsParser.parse("server=http://h:1,app=a",
        Map.of("FLAMEFIX_RECORDING", "allow", "FLAMEFIX_REDACT", "\\d{3,4}"));
    assertThat(env.recordingAllowed()).isTrue();
    assertThat(env.redact()).isEqualTo("\\d{3,4}");
    assertThat(OptionsParser.parse("server=http://h:1,app=a,recording=deny",
        Map.of("FLAMEFIX_RECORDING", "allow")).recordingAllowed()).isFalse();
  }

  @Test
  void badRecordingValuesAndRegexesAreRefused() {
    assertThatThrownBy(() -> OptionsParser.parse("server=http://h:1,app=a,recording=yes", NO_ENV))
        .hasMessage("invalid option 'recording' 'yes': expected allow or deny (default deny)");
    assertThatThrownBy(() -> OptionsParser.parse("server=http://h:1,app=a,redact=(unclosed",
        NO_ENV)).isInstanceOf(InvalidOptionException.class)
        .hasMessageStartingWith("invalid option 'redact': not a Java regular expression")
        .hasMessageContaining("alternatives a|b");
  }

  @Test
  void allocIntervalIsASizeAndHasItsOwnDefault() throws Exception {
    assertThat(OptionsParser.parse("server=http://h:1,app=a,event=alloc", NO_ENV).interval())
        .isEqualTo(512 * 1024L);
    assertThat(OptionsParser.parse("server=http://h:1,app=a,event=alloc,interval=2mb", NO_ENV)
        .interval()).isEqualTo(2L * 1024 * 1024);
    assertThatThrownBy(() -> OptionsParser.parse("server=http://h:1,app=a,event=alloc,"
        + "interval=10ms", NO_ENV)).hasMessageContaining("alloc samples every N bytes");
  }

  @Test
  void environmentFillsWhatOptionsLeaveOutAndOptionsWin() throws Exception {
    Map<String, String> env = Map.of("FLAMEFIX_SERVER", "http://env:4040",
        "FLAMEFIX_APP", "env-app", "FLAMEFIX_TOKEN", "env-token", "FLAMEFIX_WINDOW", "2s",
        "FLAMEFIX_TEST_PG_URL", "jdbc:postgresql://ignored", "FLAMEFIX_EVENT", "");

    AgentOptions o = OptionsParser.parse("app=explicit", env);

    assertThat(o.server()).isEqualTo("http://env:4040");
    assertThat(o.app()).isEqualTo("explicit");
    assertThat(o.token()).isEqualTo("env-token");
    assertThat(o.windowMillis()).isEqualTo(2_000L);
    assertThat(o.event()).isEqualTo(ProfilingEvent.CPU);
  }

  @Test
  void malformedEnvironmentValuesNameTheVariable() {
    assertThatThrownBy(() -> OptionsParser.parse("server=http://h:1,app=a",
        Map.of("FLAMEFIX_QUEUE", "lots")))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("invalid FLAMEFIX_QUEUE 'lots': expected a size from 1kb to 1gb, such as 8mb");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "app=a|missing option 'server' (give server=... or set FLAMEFIX_SERVER)",
      "server=http://h:1|missing option 'app'",
      "server=http://h:1,app=a,event=gpu|invalid option 'event' 'gpu': expected cpu, wall, alloc",
      "server=http://h:1,app=a,interval=fast|invalid option 'interval' 'fast'",
      "server=http://h:1,app=a,interval=10|invalid option 'interval' '10'",
      "server=http://h:1,app=a,interval=20s,window=10s|to below the window",
      "server=http://h:1,app=a,window=100ms|invalid option 'window' '100ms'",
      "server=http://h:1,app=a,queue=10b|invalid option 'queue' '10b'",
      "server=http://h:1,app=a,timeout=0s|invalid option 'timeout' '0s'",
      "server=ftp://h:1,app=a|invalid option 'server' 'ftp://h:1'",
      "server=not a url,app=a|invalid option 'server'",
      "server=http://h:1/x?y=1,app=a|without query",
      "server=http://h:1,app=my app|invalid option 'app' 'my app'",
      "server=http://h:1,app=a,labels=env|invalid option 'labels' 'env'",
      "server=http://h:1,app=a,labels=env=a b|invalid option 'labels'",
      "server=http://h:1,app=a,labels=pid=3|'pid' is reserved",
      "server=http://h:1,app=a,app=b|option 'app' given twice",
      "server=http://h:1,app=a,,event=cpu|empty item in options",
      "server=http://h:1,app=a,window|option 'window' needs a value",
      "server=http://h:1,app=a,colour=red|unknown option 'colour' (known: server, app, event",
      "server=http://h:1,app=a,lines=yes|invalid option 'lines' 'yes': expected true or false",
  })
  void rejectsBadInputWithOneClearLine(String args, String expected) {
    assertThatThrownBy(() -> OptionsParser.parse(args, NO_ENV))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void neverEchoesSecrets() {
    assertThatThrownBy(() -> OptionsParser.parse("server=http://h:1,app=a,tokn=hunter2", NO_ENV))
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> OptionsParser.parse("server=http://h:1,app=a,token=has space",
        NO_ENV)).hasMessageContaining("value hidden").hasMessageNotContaining("has space");
    assertThatThrownBy(() -> OptionsParser.parse("server=http://u:hunter2@h:1,app=a", NO_ENV))
        .hasMessageContaining("user info").hasMessageNotContaining("hunter2");
  }

  @Test
  void toStringHidesTheToken() throws Exception {
    AgentOptions o = OptionsParser.parse("server=http://h:1,app=a,token=hunter2", NO_ENV);

    assertThat(o.toString()).contains("token=***").doesNotContain("hunter2");
  }

  @Test
  void formatRoundTripsExplicitOptions() throws Exception {
    Map<String, String> explicit = OptionsParser.splitOptions(
        " server=http://h:1 , app=a,labels=k=v;x=y ");

    assertThat(OptionsParser.format(explicit)).isEqualTo("server=http://h:1,app=a,labels=k=v;x=y");
  }

  @Test
  void quantitiesParseUnits() {
    assertThat(Quantities.parseNanos("250us")).isEqualTo(250_000L);
    assertThat(Quantities.parseNanos("2m")).isEqualTo(120_000_000_000L);
    assertThat(Quantities.parseNanos("10")).isEqualTo(-1);
    assertThat(Quantities.parseBytes("8MB")).isEqualTo(8L * 1024 * 1024);
    assertThat(Quantities.parseBytes("4k")).isEqualTo(4096L);
    assertThat(Quantities.parseBytes("100")).isEqualTo(100L);
    assertThat(Quantities.parseBytes("1.5mb")).isEqualTo(-1);
    assertThat(Quantities.formatNanos(10_000_000L)).isEqualTo("10ms");
    assertThat(Quantities.formatBytes(8L * 1024 * 1024)).isEqualTo("8mb");
  }
}
