package dev.flamefix.agent.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.agent.log.AgentLog;
import dev.flamefix.recording.RecordingBatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingPollerTest {

  /** A server whose poll answers and upload statuses the test scripts. */
  private static final Object NOTHING = new Object();

  private static final class ScriptedServer implements RecordingPoller.Server {
    final Deque<Object> polls = new ArrayDeque<>();
    final Deque<Integer> statuses = new ArrayDeque<>();
    final List<RecordingBatch> uploads = new ArrayList<>();

    @Override
    public RecordingRequest poll() throws IOException, RecordingRequest.Invalid {
      Object next = polls.poll();
      if (next instanceof IOException e) {
        throw e;
      }
      if (next instanceof String body) {
        return RecordingRequest.parse(body.getBytes(StandardCharsets.UTF_8));
      }
      return null; // NOTHING or an empty script: 204
    }

    @Override
    public int upload(RecordingBatch batch) {
      uploads.add(batch);
      return statuses.isEmpty() ? 202 : statuses.poll();
    }
  }

  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  private final AgentLog log = new AgentLog(new PrintStream(logged, true));
  private final ScriptedServer server = new ScriptedServer();

  private String log() {
    return logged.toString(StandardCharsets.UTF_8);
  }

  @Test
  void nothingToDoUploadsNothingAndAnUnreachableServerIsLoggedOnce() {
    RecordingPoller poller = new RecordingPoller("orders", 1000, server, null, "no bridge", log);
    server.polls.add(NOTHING);
    server.polls.add(new IOException("refused"));
    server.polls.add(new IOException("refused"));
    poller.pollOnce();
    poller.pollOnce();
    poller.pollOnce();
    poller.pollOnce();

    assertThat(server.uploads).isEmpty();
    assertThat(log().lines()).hasSize(1).first().asString()
        .contains("cannot poll for recording requests (IOException: refused)");
    assertThat(poller.stats()).containsEntry("recordingPolls", 4L)
        .doesNotContainKey("recordingAdviceEntries");
  }

  @Test
  void aRequestThatCannotRunIsAnsweredFailedWithTheReason() {
    RecordingPoller poller = new RecordingPoller("orders", 1000, server, null,
        "the JVM does not support retransforming classes", log);
    server.polls.add("id=r1\nmethod=a.B#c\n");
    server.polls.add("id=r2\nmethod=a.B#c\nsampleEvery=0\n");
    poller.pollOnce();
    poller.pollOnce();

    assertThat(server.uploads).extracting(RecordingBatch::requestId).containsExactly("r1", "r2");
    assertThat(server.uploads).allSatisfy(b ->
        assertThat(b.status()).isEqualTo(RecordingBatch.Status.FAILED));
    assertThat(server.uploads.get(0).message()).isEqualTo("recording is unavailable in this JVM: "
        + "the JVM does not support retransforming classes");
    assertThat(server.uploads.get(1).message()).isEqualTo("sampleEvery must be at least 1");
    assertThat(poller.stats()).containsEntry("recordingRequests", 2L)
        .containsEntry("recordingUploads", 2L);
  }

  @Test
  void aServerErrorIsRetriedAndARefusalIsNot() {
    RecordingPoller poller = new RecordingPoller("orders", 1000, server, null, "off", log);
    server.polls.add("id=r1\nmethod=a.B#c\n");
    server.statuses.add(503);
    server.statuses.add(202);
    poller.pollOnce();
    assertThat(server.uploads).hasSize(2);

    server.polls.add("id=r2\nmethod=a.B#c\n");
    server.statuses.add(409);
    poller.pollOnce();
    assertThat(server.uploads).hasSize(3);
    assertThat(log()).contains("upload refused or failed (HTTP 409)");
    assertThat(poller.stats()).containsEntry("recordingUploads", 1L);
  }
}
