package dev.flamefix.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.testapp.RecordedApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recording requests that cannot be honoured, and servers that answer nonsense, never change the
 * host: the app prints exactly what it prints without the agent and exits normally, and the server
 * learns why (a FAILED envelope, or skip counts) whenever it sent a usable request.
 */
class AgentRecordingFaultsIT {

  static final int ROUNDS = 1500;
  static final String APP = RecordedApp.class.getName();

  enum Fault { MISSING_CLASS, OVERLOADED, UNSERIALIZABLE, GARBAGE_REQUEST, GARBAGE_SERVER }

  static Stream<Arguments> cases() {
    return ChildJvm.onEveryJdk(Fault.values());
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("cases")
  void recordingFaultsNeverChangeTheApplication(String jdk, Fault fault) throws Exception {
    String java = ChildJvm.java(jdk);
    Path stats = Files.createTempFile("agent-stats", ".properties");
    stats.toFile().deleteOnExit();
    IngestSink sink = new IngestSink();
    GarbageServer garbage = null;
    String server = sink.url();
    switch (fault) {
      case MISSING_CLASS -> sink.serving("id=r1\nmethod=com.acme.Missing#run\n");
      case OVERLOADED -> sink.serving("id=r1\nmethod=" + APP + "#weigh\n");
      case UNSERIALIZABLE -> sink.serving("id=r1\nmethod=" + APP + "#measure\nmaxCalls=4\n");
      case GARBAGE_REQUEST -> sink.servingGarbage("\u0000\u00ff{{{\\u12".getBytes(
          StandardCharsets.ISO_8859_1));
      case GARBAGE_SERVER -> {
        garbage = new GarbageServer();
        server = garbage.url();
      }
    }
    try {
      String agent = "-javaagent:" + ChildJvm.agentJar() + "=server=" + server
          + ",app=faulty,window=1s,timeout=2s,recording=allow,stats=" + stats;
      // The unserialisable case must see 4 calls after the agent's first poll has installed the
      // recorder; 3 s of rounds was not enough on a loaded machine (the app ended first and the
      // recording stopped TIMED_OUT), so that case runs for at least 12 s.
      int rounds = fault == Fault.UNSERIALIZABLE ? 4 * ROUNDS : ROUNDS;
      ChildJvm.Result result = ChildJvm.start(java, List.of(agent), ChildJvm.classPath(true),
          APP, Map.of(), String.valueOf(rounds)).await(180);

      assertThat(result.exitCode()).isZero();
      assertThat(result.stdout()).isEqualTo(RecordedApp.expected(rounds));
      assertThat(result.stderr()).doesNotContain("Exception\n\tat ").doesNotContain("\tat ");
      assertThat(result.agentLines()).as(result.stderr()).hasSizeBetween(1, 3);
      Map<String, Long> s = ChildJvm.stats(stats);
      assertThat(s.get("recordingPolls")).isPositive();

      switch (fault) {
        case MISSING_CLASS -> assertThat(failure(sink).message())
            .contains("class com.acme.Missing is not loaded in this JVM");
        case OVERLOADED -> assertThat(failure(sink).message()).contains("is overloaded")
            .contains(APP + "#weigh(int)").contains(APP + "#weigh(long)");
        case UNSERIALIZABLE -> {
          RecordingBatch batch = sink.awaitRecording(1).batch();
          assertThat(batch.status()).isEqualTo(RecordingBatch.Status.COMPLETED);
          assertThat(batch.method()).isEqualTo(APP + "#measure(java.io.InputStream)");
          assertThat(batch.calls()).isEmpty();
          assertThat(batch.skipped()).containsExactly(Map.entry("unrecordable_type", 4L));
        }
        case GARBAGE_REQUEST -> {
          assertThat(sink.recordings()).isEmpty();
          assertThat(result.agentLines()).anySatisfy(l ->
              assertThat(l).contains("ignoring a recording request"));
        }
        case GARBAGE_SERVER -> {
          assertThat(garbage.connections()).isPositive();
          assertThat(s.get("recordingRequests")).isZero();
          assertThat(result.agentLines()).anySatisfy(l ->
              assertThat(l).contains("cannot poll for recording requests"));
        }
      }
    } finally {
      sink.close();
      if (garbage != null) {
        garbage.close();
      }
    }
  }

  private static RecordingBatch failure(IngestSink sink) throws InterruptedException {
    assertThat(sink.recordings()).hasSize(1);
    RecordingBatch batch = sink.awaitRecording(1).batch();
    assertThat(batch.status()).isEqualTo(RecordingBatch.Status.FAILED);
    assertThat(batch.calls()).isEmpty();
    assertThat(batch.requestId()).isEqualTo("r1");
    return batch;
  }
}
