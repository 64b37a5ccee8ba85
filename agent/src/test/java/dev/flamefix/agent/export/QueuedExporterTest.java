package dev.flamefix.agent.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.agent.log.AgentLog;
import dev.flamefix.agent.profiler.StackWindow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class QueuedExporterTest {

  /** How long to wait for the sender thread: polled, so generous costs nothing when healthy. */
  private static final long WAIT_MILLIS = 60_000;


  /** Answers with scripted outcomes, then SENT; records what it was asked to send. */
  static final class ScriptedSender implements QueuedExporter.Sender {
    final Deque<SendOutcome> script = new ArrayDeque<>();
    final List<StackWindow> attempts = new CopyOnWriteArrayList<>();

    @Override
    public synchronized SendOutcome send(StackWindow window) {
      attempts.add(window);
      SendOutcome next = script.pollFirst();
      return next == null ? SendOutcome.sent(200) : next;
    }
  }

  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private final AgentLog log = new AgentLog(new PrintStream(logBytes, true,
      StandardCharsets.UTF_8));

  private String logged() {
    return logBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void retriesTheSameWindowAfterBackoffUntilTheServerTakesIt() throws Exception {
    ScriptedSender sender = new ScriptedSender();
    sender.script.add(SendOutcome.retry(-1, "ConnectException: refused"));
    sender.script.add(SendOutcome.retry(503, "HTTP 503"));
    QueuedExporter exporter = new QueuedExporter(new SendQueue(1 << 20), sender,
        new Backoff(20, 40, new Random(7)), log, "http://h:1");
    exporter.start();
    StackWindow window = SendQueueTest.window(1, 100);

    exporter.export(window);

    assertThat(waitSent(exporter, 1)).isTrue();
    assertThat(sender.attempts).hasSize(3).allMatch(w -> w == window);
    assertThat(exporter.failedAttempts()).isEqualTo(2);
    assertThat(exporter.sentWindows()).isEqualTo(1);
    assertThat(logged().lines()).hasSize(2);
    assertThat(logged()).contains("cannot send to http://h:1 (ConnectException: refused)")
        .contains("reachable again after 2 failed attempts");
    exporter.close();
  }

  @Test
  void rejectedWindowsAreDroppedAndLoggedOncePerStatus() throws Exception {
    ScriptedSender sender = new ScriptedSender();
    for (int i = 0; i < 3; i++) {
      sender.script.add(SendOutcome.rejected(400, "HTTP 400 Bad Request"));
    }
    QueuedExporter exporter = new QueuedExporter(new SendQueue(1 << 20), sender,
        new Backoff(20, 40, new Random(7)), log, "http://h:1");
    exporter.start();
    for (int i = 0; i < 4; i++) {
      exporter.export(SendQueueTest.window(i, 100));
    }

    assertThat(exporter.flush(WAIT_MILLIS)).isTrue();
    assertThat(exporter.rejectedWindows()).isEqualTo(3);
    assertThat(exporter.sentWindows()).isEqualTo(1);
    assertThat(logged().lines()).hasSize(1).first().asString().contains("HTTP 400");
    exporter.close();
  }

  @Test
  void flushGivesUpAtOnceWhileTheServerIsFailing() throws Exception {
    QueuedExporter.Sender down = w -> SendOutcome.retry(-1, "down");
    QueuedExporter exporter = new QueuedExporter(new SendQueue(1 << 20), down,
        new Backoff(10_000, 10_000, new Random(1)), log, "http://h:1");
    exporter.start();
    exporter.export(SendQueueTest.window(1, 100));
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!exporter.isFailing() && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }

    // A flush that waited would take its whole timeout; giving up at once takes a tiny fraction
    // of it however busy the machine is.
    long timeout = 120_000;
    long start = System.nanoTime();
    assertThat(exporter.flush(timeout)).isFalse();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(timeout / 4);
    assertThat(exporter.queue().size()).isEqualTo(1);
    exporter.close();
  }

  @Test
  void aThrowingSenderDoesNotKillTheSenderThread() throws Exception {
    ScriptedSender fine = new ScriptedSender();
    boolean[] thrown = {false};
    QueuedExporter.Sender flaky = w -> {
      if (!thrown[0]) {
        thrown[0] = true;
        throw new IllegalStateException("boom");
      }
      return fine.send(w);
    };
    QueuedExporter exporter = new QueuedExporter(new SendQueue(1 << 20), flaky,
        new Backoff(10, 20, new Random(1)), log, "http://h:1");
    exporter.start();
    exporter.export(SendQueueTest.window(1, 100));

    assertThat(waitSent(exporter, 1)).isTrue();
    assertThat(exporter.failedAttempts()).isEqualTo(1);
    exporter.close();
  }

  private static boolean waitSent(QueuedExporter exporter, int n) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (exporter.sentWindows() < n && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    return exporter.sentWindows() >= n;
  }

  @Test
  void aLongerRetryAfterOutranksTheBackoffUpToItsCap() {
    assertThat(QueuedExporter.delayAfter(1_000, -1)).isEqualTo(1_000);
    assertThat(QueuedExporter.delayAfter(1_000, 12_000)).isEqualTo(12_000);
    assertThat(QueuedExporter.delayAfter(20_000, 12_000)).isEqualTo(20_000);
    assertThat(QueuedExporter.delayAfter(1_000, 86_400_000L)).isEqualTo(QueuedExporter.MAX_RETRY_AFTER_MILLIS);
  }
}
