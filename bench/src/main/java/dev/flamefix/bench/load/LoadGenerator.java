package dev.flamefix.bench.load;

import dev.flamefix.bench.ingest.IngestPayloads;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * Simulates a fleet of flamefix agents against one or more server replicas and reports what the
 * servers sustained.
 *
 * <p>Every simulated agent behaves as {@code agent/.../export/IngestClient} does: every window it
 * POSTs the gzip collapsed stacks to {@code /ingest?name=app.cpu{labels}&from=&until=
 * &format=folded&sampleRate=100&spyName=flamefix&units=samples&pid=&host=} with {@code
 * Content-Type: application/octet-stream}, {@code User-Agent: flamefix-agent} and the bearer token
 * if any; one request at a time per agent (a window due while the previous one is still in flight
 * waits for it), with the agent's 10 s timeout. A failed send keeps its window, as the agent's
 * queue does: a 429 is retried after its {@code Retry-After}, no answer in time, an I/O error or a
 * 5xx after 1, 2, 4, ... up to 30 s; every retry is the identical request (same window bounds and
 * bytes), so the server's idempotency key recognises it. A window is given up only when the
 * drain time is over. Agent starts are staggered
 * evenly over the first window, as a fleet's restarts are. When the run's duration is over, agents
 * start no new window (windows still queued behind slow sends are counted as backlog, not lost);
 * sends in flight and their retries finish within the drain time.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.flamefix.bench.load.LoadGenerator
 * --servers=http://127.0.0.1:8080 ...} ({@link LoadOptions#USAGE}).
 */
public final class LoadGenerator {

  /** The agent's backoff ceiling between failed attempts of one window. */
  private static final long MAX_BACKOFF_SECONDS = 30;
  /** The agent's default upload timeout ({@code AgentOptions.DEFAULT_TIMEOUT_MILLIS}). */
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final long SAMPLE_RATE_HZ = 100;
  private static final String[] SERVICES = {
    "orders", "checkout", "pricing", "catalog", "inventory", "payments", "shipping", "search",
    "accounts", "notifications", "recommendations", "billing", "reports", "gateway", "auth"
  };
  private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-southeast-2"};

  private final LoadOptions options;
  private final HttpClient http;
  private final ExecutorService httpExecutor;
  private final ScheduledExecutorService timer;
  private final Recorder latency = new Recorder(3);
  private final Recorder lateness = new Recorder(3);
  private final AtomicLong acked = new AtomicLong();
  private final AtomicLong ackedSamples = new AtomicLong();
  private final AtomicLong ackedInSteadyState = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong busyAnswers = new AtomicLong();
  private final java.util.Set<String> ackedWindows = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final AtomicLong duplicateAnswers = new AtomicLong();
  /** Epoch milliseconds at {@code System.nanoTime() == 0}: turns due times into window bounds. */
  private final long wallOffsetMs =
      System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
  private final AtomicLong bytesSent = new AtomicLong();
  private volatile String lastFailure = "";

  private LoadGenerator(LoadOptions options) {
    this.options = options;
    // A handful of threads is plenty: the client is asynchronous and the servers do the work.
    this.httpExecutor = Executors.newFixedThreadPool(4, daemon("load-http"));
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(httpExecutor)
            .build();
    this.timer = Executors.newScheduledThreadPool(2, daemon("load-timer"));
  }

  /** Runs the load described by {@code args} and prints the report. */
  public static void main(String[] args) throws Exception {
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    LoadReport report = run(options, System.out);
    System.out.println(report.text());
    System.out.println(report.resultLine());
    System.exit(report.lost() == 0 && report.failed() == 0 ? 0 : 1);
  }

  /** Runs one load and answers what it measured; progress lines go to {@code log}. */
  public static LoadReport run(LoadOptions options, Appendable log) throws Exception {
    LoadGenerator g = new LoadGenerator(options);
    try {
      return g.run(log);
    } finally {
      g.timer.shutdownNow();
      g.httpExecutor.shutdownNow();
    }
  }

  private LoadReport run(Appendable log) throws Exception {
    long genStart = System.nanoTime();
    List<Agent> agents = fleet();
    List<List<ServiceStacks.Window>> payloads = payloads();
    log.append(String.format("[load] %d agents, %d apps, %d payloads generated in %.1f s; offered %.1f windows/s to %s%n",
        agents.size(), options.apps(), options.apps() * options.payloadsPerApp(),
        (System.nanoTime() - genStart) / 1e9, options.offeredWindowsPerSecond(), options.servers()));

    ServerProbe probe = new ServerProbe(options, http);
    ServerProbe.DbSize dbBefore = probe.dbSize();
    double cpuBefore = probe.cpuSeconds();
    List<Double> loads = new ArrayList<>();
    timer.scheduleAtFixedRate(() -> {
      synchronized (loads) {
        loads.add(ServerProbe.loadAverage());
      }
    }, 0, 5, TimeUnit.SECONDS);

    long windowNanos = options.window().toNanos();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    long end = start + options.duration().toNanos();
    long steadyFrom = start + windowNanos;
    CountDownLatch done = new CountDownLatch(agents.size());
    for (Agent a : agents) {
      a.firstDue = start + windowNanos * a.index / agents.size();
      schedule(() -> send(a, 0, 1, payloads, end, steadyFrom, done), a.firstDue);
    }
    boolean drained = done.await(options.duration().plus(options.drain()).toMillis() + 500, TimeUnit.MILLISECONDS);
    long finished = System.nanoTime();
    String prefix = prefix();
    // Requests whose agent gave up (timeout) may still be stored: wait until the count is stable.
    ServerProbe.Stored settled = probe.settledStored(options.servers().get(0), prefix, log);
    double cpuAfter = probe.cpuSeconds();
    ServerProbe.DbSize dbAfter = probe.dbSize();

    List<ServerProbe.Stored> stored = new ArrayList<>();
    stored.add(settled);
    for (URI server : options.servers().subList(1, options.servers().size())) {
      stored.add(probe.stored(server, prefix));
    }
    ServerProbe.Rows rows = probe.rowsOf(prefix);
    java.util.Set<String> storedWindows = probe.storedWindows(prefix);
    long ackedNotStored = -1;
    if (storedWindows != null) {
      ackedNotStored = ackedWindows.stream().filter(k -> !storedWindows.contains(k)).count();
    }
    long sent = sentWindows(agents);
    double steadySeconds = Math.max(1e-9, (Math.min(end, finished) - steadyFrom) / 1e9);
    double[] load;
    synchronized (loads) {
      load = loads.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
    }
    return new LoadReport(
        options,
        sent,
        backlog(agents, end),
        acked.get(),
        failed.get(),
        retries.get(),
        busyAnswers.get(),
        duplicateAnswers.get(),
        drained,
        stored,
        rows,
        ackedNotStored,
        ackedSamples.get(),
        ackedInSteadyState.get() / steadySeconds,
        latency.getIntervalHistogram(),
        lateness.getIntervalHistogram(),
        cpuAfter - cpuBefore,
        bytesSent.get(),
        dbBefore,
        dbAfter,
        load,
        lastFailure);
  }

  /** One simulated JVM. */
  private static final class Agent {
    final int index;
    final int app;
    final String encodedName;
    final String appName;
    final String labels;
    final String pid;
    final String host;
    final URI server;
    long firstDue;
    volatile long lastSentWindow = -1;

    Agent(int index, int app, String appName, String labels, String pid, String host, URI server) {
      this.index = index;
      this.app = app;
      this.appName = appName;
      this.labels = labels;
      String name = appName + ".cpu{" + labels + "}";
      this.encodedName = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
      this.pid = pid;
      this.host = host;
      this.server = server;
    }
  }

  private String prefix() {
    return "lg-" + options.runId() + "-";
  }

  private String appName(int app) {
    return prefix() + SERVICES[app % SERVICES.length] + (app < SERVICES.length ? "" : "-" + app / SERVICES.length);
  }

  private List<Agent> fleet() {
    SplittableRandom r = new SplittableRandom(options.seed());
    List<Agent> agents = new ArrayList<>(options.agents());
    for (int i = 0; i < options.agents(); i++) {
      // Every app gets at least one JVM; the rest go to a few big services (skewed).
      int app = i < options.apps() ? i : IngestPayloads.skewed(r, options.apps());
      String region = REGIONS[r.nextInt(REGIONS.length)];
      String zone = region + (char) ('a' + r.nextInt(3));
      String version = "1." + (4 + r.nextInt(3)) + "." + r.nextInt(12);
      String env = r.nextInt(10) < 8 ? "prod" : "staging";
      // Keys in sorted order: the server's canonical label text, so stored rows can be matched.
      String labels = "env=" + env + ",region=" + region + ",version=" + version + ",zone=" + zone;
      String host = "ip-10-" + r.nextInt(256) + "-" + r.nextInt(256) + "-" + r.nextInt(256) + "."
          + region + ".compute.internal";
      String pid = Integer.toString(1 + r.nextInt(65_000));
      agents.add(new Agent(i, app, appName(app), labels, pid, host,
          options.servers().get(i % options.servers().size())));
    }
    return agents;
  }

  private List<List<ServiceStacks.Window>> payloads() {
    List<List<ServiceStacks.Window>> out = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(options.seed() * 7919);
    for (int app = 0; app < options.apps(); app++) {
      ServiceStacks service =
          ServiceStacks.generate(SERVICES[app % SERVICES.length], Math.max(options.maxStacks() * 2, 64),
              options.minDepth(), options.maxDepth(), options.seed() * 1_000 + app);
      List<ServiceStacks.Window> windows = new ArrayList<>();
      for (int k = 0; k < options.payloadsPerApp(); k++) {
        // Log-uniform: most windows have hundreds of stacks, some a few thousand.
        double lo = Math.log(options.minStacks());
        double hi = Math.log(options.maxStacks());
        int stacks = (int) Math.round(Math.exp(lo + r.nextDouble() * (hi - lo)));
        long samples = (long) (stacks * (1.5 + r.nextDouble() * 3));
        windows.add(service.window(stacks, samples, k));
      }
      out.add(windows);
    }
    return out;
  }

  private void schedule(Runnable task, long atNanos) {
    timer.schedule(task, Math.max(0, atNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private void send(Agent a, long k, int attempt, List<List<ServiceStacks.Window>> payloads,
      long end, long steadyFrom, CountDownLatch done) {
    long windowNanos = options.window().toNanos();
    long due = a.firstDue + k * windowNanos;
    List<ServiceStacks.Window> own = payloads.get(a.app);
    ServiceStacks.Window w = own.get((int) ((a.index + k) % own.size()));
    // Wall-clock window bounds fixed by when the window was due, so every retry of it sends the same
    // request (the server keys it by window and payload and stores it once).
    long untilMs = wallOffsetMs + TimeUnit.NANOSECONDS.toMillis(due);
    long from = (untilMs - options.window().toMillis()) / 1000;
    long until = Math.max(from + 1, untilMs / 1000);
    URI uri = a.server.resolve("/ingest?name=" + a.encodedName + "&from=" + from + "&until=" + until
        + "&format=folded&sampleRate=" + SAMPLE_RATE_HZ + "&spyName=flamefix&units=samples&pid="
        + a.pid + "&host=" + a.host);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/octet-stream")
        .header("User-Agent", "flamefix-agent")
        .POST(HttpRequest.BodyPublishers.ofByteArray(w.gzip()));
    if (options.ingestToken() != null) {
      b.header("Authorization", "Bearer " + options.ingestToken());
    }
    if (attempt == 1 && a.lastSentWindow < k) {
      a.lastSentWindow = k;
    }
    long sentAt = System.nanoTime();
    http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
      long now = System.nanoTime();
      int status = resp == null ? -1 : resp.statusCode();
      boolean ok = status >= 200 && status < 300;
      bytesSent.addAndGet(w.gzip().length);
      if (ok) {
        latency.recordValue(Math.max(1, (now - sentAt) / 1000));
        lateness.recordValue(Math.max(1, (now - due) / 1000));
        acked.incrementAndGet();
        ackedWindows.add(ServerProbe.windowKey(a.appName, a.labels, a.pid, a.host, from * 1000));
        ackedSamples.addAndGet(w.samples());
        if (resp.body() != null && resp.body().contains("\"duplicate\":true")) {
          duplicateAnswers.incrementAndGet();
        }
        if (now >= steadyFrom && now <= end) {
          ackedInSteadyState.incrementAndGet();
        }
      } else {
        boolean busy = status == 429;
        boolean retryable = status == -1 || busy || status == 408 || status >= 500;
        lastFailure = status == -1 ? String.valueOf(err) : "HTTP " + status;
        // As the agent: a retryable failure keeps the window and tries again, 429 after the
        // server's Retry-After, anything else after an exponential backoff; only the end of the
        // drain time makes the window count as given up.
        if (retryable && now + TimeUnit.SECONDS.toNanos(1) < end + options.drain().toNanos()) {
          retries.incrementAndGet();
          long delay;
          if (busy) {
            busyAnswers.incrementAndGet();
            delay = TimeUnit.SECONDS.toNanos(retryAfterSeconds(resp));
          } else {
            delay = TimeUnit.SECONDS.toNanos(Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(attempt - 1, 5)));
          }
          int nextAttempt = busy ? attempt : attempt + 1;
          schedule(() -> send(a, k, nextAttempt, payloads, end, steadyFrom, done), now + delay);
          return;
        }
        failed.incrementAndGet();
      }
      long nextDue = due + windowNanos;
      if (nextDue < end && now < end) {
        schedule(() -> send(a, k + 1, 1, payloads, end, steadyFrom, done), nextDue);
      } else {
        done.countDown();
      }
    });
  }

  /** The answer's {@code Retry-After} in seconds (1 when absent or not a number). */
  private static long retryAfterSeconds(HttpResponse<?> resp) {
    try {
      return Math.max(1, Long.parseLong(resp.headers().firstValue("Retry-After").orElse("1").trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static long sentWindows(List<Agent> agents) {
    long n = 0;
    for (Agent a : agents) {
      n += a.lastSentWindow + 1;
    }
    return n;
  }

  /** Windows due before {@code end} that their agent never started: queued behind slow sends. */
  private long backlog(List<Agent> agents, long end) {
    long windowNanos = options.window().toNanos();
    long n = 0;
    for (Agent a : agents) {
      long due = a.firstDue >= end ? 0 : (end - a.firstDue + windowNanos - 1) / windowNanos;
      n += due - (a.lastSentWindow + 1);
    }
    return n;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

}
