package dev.flamefix.agent.export;

import dev.flamefix.agent.profiler.StackWindow;
import dev.flamefix.agent.log.AgentLog;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands windows to a bounded {@link SendQueue} and uploads them from one daemon thread, so the
 * profiling schedule never waits on the network. While the server is down, slow or failing, the
 * window is kept and retried after an exponential {@link Backoff}, or after the server's {@code
 * Retry-After} when that is longer (a saturated server's 429; capped at {@link
 * #MAX_RETRY_AFTER_MILLIS}); a 4xx drops it. The queue stays bounded meanwhile: past its bound
 * the oldest windows are dropped and counted.
 */
public final class QueuedExporter implements Exporter {

  /** Longest wait a server's {@code Retry-After} can impose, so a wrong header never silences us. */
  static final long MAX_RETRY_AFTER_MILLIS = 5 * 60 * 1000L;

  /** Anything that can attempt one upload; {@link IngestClient} in production. */
  public interface Sender {
    /** Tries once; never throws. */
    SendOutcome send(StackWindow window);
  }

  private final SendQueue queue;
  private final Sender sender;
  private final Backoff backoff;
  private final AgentLog log;
  private final String serverForLog;
  private final Thread thread;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong sentBytes = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile boolean inFlight;
  private volatile boolean failing;
  private volatile boolean closed;

  /** Creates the exporter; call {@link #start()} to begin sending. */
  public QueuedExporter(SendQueue queue, Sender sender, Backoff backoff, AgentLog log,
      String serverForLog) {
    this.queue = queue;
    this.sender = sender;
    this.backoff = backoff;
    this.log = log;
    this.serverForLog = serverForLog;
    this.thread = new Thread(new Runnable() {
      @Override
      public void run() {
        loop();
      }
    }, "flamefix-agent-sender");
    thread.setDaemon(true);
    thread.setContextClassLoader(QueuedExporter.class.getClassLoader());
  }

  /** Starts the daemon sender thread. */
  public void start() {
    thread.start();
  }

  @Override
  public void export(StackWindow window) {
    try {
      queue.offer(window);
    } catch (Throwable t) {
      log.once("offer", "cannot queue a window: " + t);
    }
  }

  /**
   * Waits up to {@code timeoutMillis} for queued windows to be sent, unless the server is
   * currently failing: then there is no point delaying the host's exit. Returns true if the queue
   * was emptied.
   */
  public boolean flush(long timeoutMillis) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    try {
      while (System.currentTimeMillis() < deadline) {
        if (failing) {
          return false;
        }
        if (queue.size() == 0 && !inFlight) {
          return true;
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return queue.size() == 0 && !inFlight;
  }

  /** Stops the sender thread; queued windows are abandoned. */
  public void close() {
    closed = true;
    thread.interrupt();
  }

  private void loop() {
    while (!closed) {
      long delay = 0;
      StackWindow window = null;
      try {
        window = queue.poll(1000);
        if (window == null) {
          continue;
        }
        inFlight = true;
        SendOutcome outcome = sender.send(window);
        if (outcome.kind() == SendOutcome.Kind.SENT) {
          onSent(window);
        } else if (outcome.kind() == SendOutcome.Kind.REJECTED) {
          rejected.incrementAndGet();
          log.once("rejected-" + outcome.status(), "server " + serverForLog
              + " rejected a window (" + outcome.detail() + "); dropping such windows");
        } else {
          delay = delayAfter(onFailure(window, outcome.detail()), outcome.retryAfterMillis());
        }
      } catch (InterruptedException e) {
        if (window != null) {
          queue.returnFirst(window);
        }
        continue;
      } catch (Throwable t) {
        // keep the sender alive whatever happens; the window goes back for another try
        delay = window == null ? 1000 : onFailure(window, t.getClass().getName());
      } finally {
        inFlight = false;
      }
      sleep(delay);
    }
  }

  private void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      // close() interrupts to stop; the loop condition decides
    }
  }

  private void onSent(StackWindow window) {
    sent.incrementAndGet();
    sentBytes.addAndGet(window.payloadBytes());
    if (failing) {
      failing = false;
      log.line("server " + serverForLog + " reachable again after " + backoff.failures()
          + " failed attempts; " + queue.droppedWindows() + " windows dropped so far");
    }
    backoff.reset();
  }

  /** The backoff, or the server's Retry-After when longer (capped). */
  static long delayAfter(long backoffMillis, long retryAfterMillis) {
    return Math.max(backoffMillis, Math.min(retryAfterMillis, MAX_RETRY_AFTER_MILLIS));
  }

  /** Puts the window back and returns how long to back off. */
  private long onFailure(StackWindow window, String detail) {
    failures.incrementAndGet();
    queue.returnFirst(window);
    if (!failing) {
      failing = true;
      log.line("cannot send to " + serverForLog + " (" + detail + "); keeping up to "
          + queue.boundBytes() + " bytes of windows and retrying with backoff");
    }
    return backoff.nextDelayMillis();
  }

  /** Windows the server accepted. */
  public long sentWindows() {
    return sent.get();
  }

  /** Payload bytes the server accepted. */
  public long sentBytes() {
    return sentBytes.get();
  }

  /** Windows the server refused with a 4xx and that were dropped. */
  public long rejectedWindows() {
    return rejected.get();
  }

  /** Failed upload attempts (no answer, timeout, 5xx, garbage). */
  public long failedAttempts() {
    return failures.get();
  }

  /** True while the server is failing and the sender is backing off. */
  public boolean isFailing() {
    return failing;
  }

  /** The queue, for statistics. */
  public SendQueue queue() {
    return queue;
  }
}
