package dev.flamefix.agent.recorder;

import dev.flamefix.agent.bridge.RecordingBridge;
import dev.flamefix.agent.export.AgentHttp;
import dev.flamefix.agent.export.ProcessIdentity;
import dev.flamefix.agent.log.AgentLog;
import dev.flamefix.recording.RecordingBatch;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks the server for recording requests on one daemon thread ({@code flamefix-agent-recorder}),
 * first one window after start, then every window but never more often than every
 * {@value #MIN_PERIOD_MILLIS} ms, and runs each request to its envelope on that same thread: one
 * recording at a time. Only started when {@code recording=allow}.
 */
public final class RecordingPoller {

  /** Shortest time between two polls, whatever the window. */
  public static final long MIN_PERIOD_MILLIS = 10_000L;
  private static final int UPLOAD_ATTEMPTS = 3;

  /** What a poll needs from the outside, replaceable in tests. */
  public interface Server {
    RecordingRequest poll() throws IOException, RecordingRequest.Invalid;

    int upload(RecordingBatch batch) throws IOException;
  }

  private final String app;
  private final long windowMillis;
  private final Server server;
  private final RecordingSession session;
  private final String unavailable;
  private final AgentLog log;
  private final ScheduledExecutorService executor;
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong callsRecorded = new AtomicLong();
  private final AtomicLong uploaded = new AtomicLong();
  private volatile boolean stopping;

  /**
   * @param session runs requests; null when recording cannot work in this JVM
   * @param unavailable why recording cannot work (requests then fail with it), or null
   */
  public RecordingPoller(String app, long windowMillis, Server server, RecordingSession session,
      String unavailable, AgentLog log) {
    this.app = app;
    this.windowMillis = windowMillis;
    this.server = server;
    this.session = session;
    this.unavailable = unavailable;
    this.log = log;
    this.executor = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
      @Override
      public Thread newThread(Runnable r) {
        Thread thread = new Thread(r, "flamefix-agent-recorder");
        thread.setDaemon(true);
        thread.setContextClassLoader(RecordingPoller.class.getClassLoader());
        return thread;
      }
    });
  }

  /** A {@link Server} over HTTP; the identity is looked up lazily (DNS) on the poller thread. */
  public static Server http(final AgentHttp http, final String app) {
    return new Server() {
      private RecordingClient client;

      private RecordingClient client() {
        if (client == null) {
          client = new RecordingClient(http, app, ProcessIdentity.current());
        }
        return client;
      }

      @Override
      public RecordingRequest poll() throws IOException, RecordingRequest.Invalid {
        return client().poll();
      }

      @Override
      public int upload(RecordingBatch batch) throws IOException {
        return client().upload(batch);
      }
    };
  }

  /** Time between polls for a window length: the window, but at least 10 s. */
  public static long periodMillis(long windowMillis) {
    return Math.max(windowMillis, MIN_PERIOD_MILLIS);
  }

  /** Starts polling. */
  public void start() {
    executor.scheduleWithFixedDelay(new Runnable() {
      @Override
      public void run() {
        pollOnce();
      }
    }, windowMillis, periodMillis(windowMillis), TimeUnit.MILLISECONDS);
  }

  /** One poll and, if the server has a request, its recording and upload. Never throws. */
  public void pollOnce() {
    if (stopping) {
      return;
    }
    try {
      polls.incrementAndGet();
      RecordingRequest request;
      try {
        request = server.poll();
      } catch (RecordingRequest.Invalid e) {
        RecordingBatch failure = e.failure(app, System.currentTimeMillis());
        if (failure == null) {
          log.once("recording-invalid", "ignoring a recording request: " + e.getMessage());
        } else {
          requests.incrementAndGet();
          upload(failure);
        }
        return;
      } catch (IOException e) {
        log.once("recording-poll", "cannot poll for recording requests ("
            + AgentHttp.describe(e) + ")");
        return;
      }
      if (request == null) {
        return;
      }
      requests.incrementAndGet();
      long started = System.currentTimeMillis();
      RecordingBatch batch = unavailable != null || session == null
          ? request.failure(app, "recording is unavailable in this JVM: " + unavailable, started,
              System.currentTimeMillis())
          : session.run(request);
      callsRecorded.addAndGet(batch.calls().size());
      upload(batch);
    } catch (Throwable t) {
      log.once("recording-error", "recording stopped by an error (" + AgentHttp.describe(t)
          + "); the application is unaffected");
    }
  }

  private void upload(RecordingBatch batch) throws InterruptedException {
    String outcome = batch.status() == RecordingBatch.Status.FAILED
        ? "recording " + batch.requestId() + " of " + batch.method() + " failed: "
            + batch.message()
        : "recorded " + batch.calls().size() + " calls of " + batch.method() + " ("
            + batch.status() + ", " + batch.callsSeen() + " seen, skipped " + batch.skipped() + ")";
    for (int attempt = 1; ; attempt++) {
      String problem;
      try {
        int status = server.upload(batch);
        if (status >= 200 && status < 300) {
          uploaded.incrementAndGet();
          log.line(outcome);
          return;
        }
        problem = "HTTP " + status;
        if (status < 500 && status != 408 && status != 429) {
          attempt = UPLOAD_ATTEMPTS;
        }
      } catch (IOException e) {
        problem = AgentHttp.describe(e);
      }
      if (attempt >= UPLOAD_ATTEMPTS || stopping) {
        log.line(outcome + "; upload refused or failed (" + problem + ")");
        return;
      }
      Thread.sleep(1000L * attempt);
    }
  }

  /**
   * Stops polling; a recording in progress ends now and its envelope is uploaded if that takes
   * no longer than {@code waitMillis}.
   */
  public void stop(long waitMillis) {
    stopping = true;
    if (session != null) {
      session.abort();
    }
    executor.shutdown();
    try {
      executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Counters for the stats file. */
  public Map<String, Long> stats() {
    Map<String, Long> stats = new LinkedHashMap<String, Long>();
    stats.put("recordingPolls", polls.get());
    stats.put("recordingRequests", requests.get());
    stats.put("recordingCalls", callsRecorded.get());
    stats.put("recordingUploads", uploaded.get());
    if (unavailable == null) {
      stats.put("recordingAdviceEntries", RecordingBridge.entries());
    }
    return stats;
  }
}
