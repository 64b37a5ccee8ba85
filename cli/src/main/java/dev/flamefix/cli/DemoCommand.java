package dev.flamefix.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code flamefix demo}: the main job on one machine, offline. Starts the server (embedded
 * defaults, no tokens), runs the example order service under the flamefix agent, ranks its
 * hotspots, registers the app, optimizes the top hotspots through the REST API (recipes, plus the
 * model configured by {@code FLAMEFIX_MODEL_*}), and prints each accepted patch with its measured
 * speed-up and the dashboard URL. The server then keeps running until Ctrl-C unless {@code --exit}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the example service (run from the repository root after a build).")
public final class DemoCommand implements Callable<Integer> {
  private static final String APP = "orders";
  private static final int STEPS = 7;

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data-dir", description = "Data directory (default: ~/.flamefix).")
  Path dataDir;

  @Option(names = "--agent", defaultValue = "agent/target/flamefix-agent.jar", description = "The agent jar (default: ${DEFAULT-VALUE}).")
  Path agent;

  @Option(names = "--examples-classes", defaultValue = "examples/target/classes", description = "Compiled example (default: ${DEFAULT-VALUE}).")
  Path examplesClasses;

  @Option(names = "--source-root", defaultValue = "examples/src/main/java", description = "Example sources (default: ${DEFAULT-VALUE}).")
  Path sourceRoot;

  @Option(names = "--profile-seconds", defaultValue = "30", description = "Longest profiling time (default: ${DEFAULT-VALUE}).")
  int profileSeconds;

  @Option(names = "--targets", defaultValue = "3", description = "Hotspots to optimize (default: ${DEFAULT-VALUE}).")
  int targets;

  @Option(names = "--cores", defaultValue = "8", description = "Cores the app is assumed to run on, for savings (default: ${DEFAULT-VALUE}).")
  double cores;

  @Option(names = "--exit", description = "Stop the server when done instead of waiting for Ctrl-C.")
  boolean exit;

  /** Anything else goes to Spring Boot, e.g. {@code --flamefix.optimize.validator.measurement-iterations=10}. */
  @Unmatched List<String> springArgs = new ArrayList<>();

  private final ObjectMapper json = new ObjectMapper();
  private PrintWriter out;
  private String base;
  private ServerClient server;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : List.of(agent, examplesClasses, sourceRoot)) {
      if (!Files.exists(p)) {
        err.println("flamefix demo: missing " + p.toAbsolutePath() + " (build first: mvn -DskipTests -pl server,agent,examples -am package,"
            + " and run from the repository root)");
        return 2;
      }
    }
    long t0 = System.nanoTime();
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    if (dataDir != null) args.add("--flamefix.data-dir=" + dataDir.toAbsolutePath());
    Path serverLog = Files.createTempFile("flamefix-demo-server-", ".log");
    if (springArgs.stream().noneMatch(a -> a.startsWith("--logging."))) {
      // The console is for the demo's progress lines; the server logs to a file.
      args.add("--logging.file.name=" + serverLog);
      args.add("--logging.threshold.console=OFF");
    }
    args.addAll(springArgs);
    step(1, "starting the server (embedded H2 + Lucene knowledge base; no ingest or API tokens: demo mode,"
        + " open to loopback callers; log: " + serverLog + ")");
    ConfigurableApplicationContext context = ServeCommand.start(args);
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(e -> {
      if (e instanceof ContextClosedEvent) closed.countDown();
    });
    int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
    base = "http://127.0.0.1:" + actualPort;
    // Demo mode: the server requires no token.
    server = new ServerClient(base, null, Duration.ofSeconds(60));
    info("server up at " + base);
    int status;
    try {
      status = pipeline(t0);
    } catch (Exception e) {
      err.println("flamefix demo: " + e.getMessage());
      status = 1;
    }
    info(String.format(Locale.ROOT, "demo took %.0f s", (System.nanoTime() - t0) / 1e9));
    out.println();
    out.println("  dashboard   " + base + "/");
    out.println("  proposals   " + base + "/api/proposals?app=" + APP);
    out.println("  hotspots    " + base + "/api/apps/" + APP + "/hotspots");
    out.println("  strategies  " + base + "/api/strategies");
    out.flush();
    if (exit) {
      context.close();
      return status;
    }
    step(STEPS, "server keeps running at " + base + "; press Ctrl-C to stop it");
    closed.await();
    return status;
  }

  private int pipeline(long t0) throws Exception {
    long from = System.currentTimeMillis();
    Path log = Files.createTempFile("flamefix-demo-orders-", ".log");
    step(2, "running the example order service under the flamefix agent (log: " + log + ")");
    Process app = startExample(log);
    List<String> methods;
    try {
      step(3, "waiting for hotspots (at most " + profileSeconds + " s)");
      methods = awaitHotspots(from, app, log);
    } finally {
      app.destroy();
      if (!app.waitFor(10, TimeUnit.SECONDS)) app.destroyForcibly();
    }
    if (methods.isEmpty()) {
      info("no optimizable hotspot found; the example's output:\n" + Files.readString(log));
      return 1;
    }
    step(4, "registering the app: source root " + sourceRoot + ", class path " + examplesClasses);
    ObjectNode config = json.createObjectNode();
    config.put("sourceRoot", sourceRoot.toAbsolutePath().toString());
    config.putArray("classpath").add(examplesClasses.toAbsolutePath().toString());
    config.putArray("applicationPackages").add("dev.flamefix.examples");
    config.put("cores", cores);
    config.putObject("budget").put("concurrentJobs", 1).put("cpuMinutesPerDay", 60);
    server.sendJson("PUT", "/api/apps/" + APP + "/config", config);
    step(5, "optimizing " + methods.size() + " hotspot(s) through POST /api/optimizations (candidates: recipes"
        + (System.getenv("FLAMEFIX_MODEL_NAME") != null ? " and model " + System.getenv("FLAMEFIX_MODEL_NAME") : "; no model configured") + ")");
    List<String> jobIds = new ArrayList<>();
    for (String m : methods) {
      ObjectNode body = json.createObjectNode();
      body.put("app", APP);
      body.putArray("targets").add(m);
      jobIds.add(server.sendJson("POST", "/api/optimizations", body).get("id").asText());
    }
    List<String> proposalIds = new ArrayList<>();
    for (String id : jobIds) {
      JsonNode job = follow(id);
      info("job " + id.substring(0, 8) + " " + job.path("status").asText() + (job.hasNonNull("error") ? ": " + job.get("error").asText() : ""));
      job.path("proposalIds").forEach(p -> proposalIds.add(p.asText()));
    }
    step(6, proposalIds.isEmpty() ? "no candidate was accepted" : proposalIds.size() + " validated proposal(s):");
    for (String pid : proposalIds) {
      JsonNode p = server.getJson("/api/proposals/" + pid);
      out.println();
      out.printf(Locale.ROOT, "=== %s  %s  measured speed-up %.2fx  (%s)%n", pid.substring(0, 8), p.path("target").asText(),
          p.path("speedup").asDouble(), p.path("source").asText());
      JsonNode s = p.path("savings");
      out.printf(Locale.ROOT, "    estimated savings: %.2f core-hours/day, %.3f kWh/day (share %.1f%% x %.0f cores)%n",
          s.path("coreHoursPerDay").asDouble(), s.path("kwhPerDay").asDouble(), 100 * s.path("hotspotShare").asDouble(),
          s.path("cores").asDouble());
      out.println("    review: " + base + "/#/proposals/" + pid);
      out.println(p.path("diff").asText());
    }
    out.flush();
    return proposalIds.isEmpty() ? 1 : 0;
  }

  private Process startExample(Path log) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(java, "-Xmx256m",
        "-javaagent:" + agent.toAbsolutePath() + "=server=" + base + ",app=" + APP + ",window=5s,interval=10ms",
        "-cp", examplesClasses.toAbsolutePath().toString(), "dev.flamefix.examples.orders.OrderService", "1000000");
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Polls the hotspots until enough samples rank the example's methods; returns the top ones in the sources. */
  private List<String> awaitHotspots(long from, Process app, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(profileSeconds);
    JsonNode report = null;
    while (System.nanoTime() < deadline && app.isAlive()) {
      Thread.sleep(3000);
      try {
        report = server.getJson("/api/apps/" + APP + "/hotspots?limit=10&from=" + from);
      } catch (ServerClient.Refused e) {
        continue; // no window stored yet
      }
      if (report.path("totalSamples").asLong() >= 1500 && inSources(report).size() >= targets) break;
    }
    if (report == null) {
      return List.of();
    }
    out.print(HotspotsCommand.table(report));
    out.flush();
    List<String> found = inSources(report);
    return found.subList(0, Math.min(targets, found.size()));
  }

  private List<String> inSources(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode h : report.path("hotspots")) {
      String cls = h.path("className").asText();
      if (Files.isRegularFile(sourceRoot.resolve(cls.replace('.', '/') + ".java"))
          && !h.path("methodName").asText().equals("main")) {
        out.add(h.path("method").asText());
      }
    }
    return out;
  }

  /** Polls a job, printing each new event, until it finishes. */
  private JsonNode follow(String id) throws Exception {
    int printed = 0;
    while (true) {
      JsonNode job = server.getJson("/api/optimizations/" + id);
      JsonNode events = job.path("events");
      for (; printed < events.size(); printed++) {
        JsonNode e = events.get(printed);
        out.printf(Locale.ROOT, "[demo]       [%s] %s%n", e.path("stage").asText(), e.path("message").asText());
      }
      out.flush();
      String status = job.path("status").asText();
      if (status.equals("DONE") || status.equals("FAILED")) return job;
      Thread.sleep(1000);
    }
  }

  private void step(int n, String message) {
    out.printf(Locale.ROOT, "[demo] %d/%d %s%n", n, STEPS, message);
    out.flush();
  }

  private void info(String message) {
    out.println("[demo]     " + message);
    out.flush();
  }

}
