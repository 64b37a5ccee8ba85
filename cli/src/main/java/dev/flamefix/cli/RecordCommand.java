package dev.flamefix.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flamefix record}: asks a running server to record real calls of one method of an app (the
 * app's agents must run with {@code recording=allow}), optionally waits for the agent's upload and
 * downloads the envelope. Exit 0 when the request was made (and, with {@code --wait}, calls were
 * stored), 1 when the server refused it, could not be reached, or the recording ended without
 * calls, 2 on usage errors.
 */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description = "Record real calls (arguments, receiver) of one method through the app's agents.")
public final class RecordCommand implements Callable<Integer> {
  private static final Set<String> FINAL = Set.of("COMPLETED", "TIMED_OUT", "FAILED", "EXPIRED");

  @Spec CommandSpec spec;

  @Mixin ServerOptions serverOptions;

  @Option(names = "--app", required = true, description = "Application name.")
  String app;

  @Option(names = "--method", required = true, description = "com.acme.Foo#bar, or com.acme.Foo#bar(java.lang.String,int) for one overload.")
  String method;

  @Option(names = "--calls", defaultValue = "200", description = "Calls to record at most, 1..10000 (default: ${DEFAULT-VALUE}).")
  int calls;

  @Option(names = "--duration", defaultValue = "60s", converter = Converters.ShortDuration.class, description = "Time box once an agent starts, up to 600s (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(names = "--sample-every", defaultValue = "1", description = "Record one of every N calls (default: ${DEFAULT-VALUE}).")
  int sampleEvery;

  @Option(names = "--wait", description = "Wait until the recording ends and print its counts.")
  boolean waitForEnd;

  @Option(names = "--out", description = "With --wait: write the recorded envelope to this file (for optimize --recorded).")
  Path out;

  @Option(names = "--timeout", defaultValue = "15m", converter = Converters.ShortDuration.class, description = "Longest --wait (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--poll-interval", defaultValue = "1s", converter = Converters.ShortDuration.class, hidden = true)
  Duration pollInterval;

  private final ObjectMapper json = new ObjectMapper();
  private ServerClient server;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    server = serverOptions.client(Duration.ofSeconds(30));
    try {
      JsonNode request = create();
      String id = request.path("id").asText();
      stdout.printf("Recording %s requested: %s of %s (state %s). Agents of %s must run with recording=allow.%n",
          id, request.path("method").asText(), app, request.path("state").asText(), app);
      stdout.flush();
      if (!waitForEnd) {
        return 0;
      }
      JsonNode done = follow(id, stdout);
      if (done == null) {
        err.println("flamefix record: still not finished after " + timeout.toSeconds() + " s; see GET /api/v1/recordings/" + id);
        return 1;
      }
      stdout.println(summary(done));
      if (done.path("callsStored").asInt() == 0) {
        return 1;
      }
      if (out != null) {
        download(id);
        stdout.printf("Envelope written to %s%n", out);
      }
      stdout.flush();
      return 0;
    } catch (IOException e) {
      // ServerClient words both: the server's problem detail, or why it cannot be reached.
      err.println("flamefix record: " + e.getMessage());
      return 1;
    }
  }

  private JsonNode create() throws IOException, InterruptedException {
    ObjectNode body = json.createObjectNode().put("method", method).put("maxCalls", calls)
        .put("durationSeconds", duration.toSeconds()).put("sampleEvery", sampleEvery);
    return server.sendJson("POST", "/api/v1/apps/" + ServerClient.enc(app) + "/recordings", body);
  }

  /** Prints every change of state until a final one; null on timeout. */
  private JsonNode follow(String id, PrintWriter stdout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (true) {
      JsonNode now = server.getJson("/api/v1/recordings/" + id);
      String state = now.path("state").asText();
      String line = progress(now);
      if (!line.equals(last)) {
        stdout.println(line);
        stdout.flush();
        last = line;
      }
      if (FINAL.contains(state)) {
        return now;
      }
      if (System.nanoTime() >= deadline) {
        return null;
      }
      Thread.sleep(pollInterval.toMillis());
    }
  }

  static String progress(JsonNode r) {
    String state = r.path("state").asText();
    StringBuilder sb = new StringBuilder("  ").append(state);
    if (r.hasNonNull("agentPid") || r.hasNonNull("agentHost")) {
      sb.append(" by agent pid ").append(r.path("agentPid").asText("?")).append(" on ")
          .append(r.path("agentHost").asText("?"));
    }
    if (FINAL.contains(state)) {
      sb.append(", ").append(r.path("callsStored").asInt()).append(" calls so far");
    } else if ("PENDING".equals(state)) {
      sb.append(", waiting for an agent to poll");
    } else {
      sb.append(", recording (the agent uploads the calls when done)");
    }
    return sb.toString();
  }

  static String summary(JsonNode r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.path("state").asText()).append(": ").append(r.path("callsStored").asInt())
        .append(" calls stored of ").append(r.path("callsSeen").asLong()).append(" seen");
    if (r.hasNonNull("recordedMethod")) {
      sb.append(" (").append(r.path("recordedMethod").asText()).append(')');
    }
    JsonNode skipped = r.path("skipped");
    if (skipped.size() > 0) {
      sb.append("; skipped:");
      for (Iterator<Map.Entry<String, JsonNode>> it = skipped.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        sb.append(' ').append(e.getKey()).append('=').append(e.getValue().asLong());
      }
    }
    String message = r.path("message").asText("");
    if (!message.isEmpty()) {
      sb.append(" — ").append(message);
    }
    return sb.toString();
  }

  private void download(String id) throws IOException, InterruptedException {
    Files.write(out, server.getBytes("/api/v1/recordings/" + id + "/envelope"));
  }
}
