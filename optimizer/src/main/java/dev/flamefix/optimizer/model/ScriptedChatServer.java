package dev.flamefix.optimizer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that speaks the OpenAI chat-completions protocol from a script: each
 * request takes the next scripted reply (status, assistant text, finish reason, delay). It records
 * every request (path, headers, JSON body) so tests can assert exactly what the client sent.
 */
public final class ScriptedChatServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scripted reply. */
  public record Reply(int status, String content, String finishReason, long delayMillis) {
    public static Reply ok(String content) {
      return new Reply(200, content, "stop", 0);
    }

    public static Reply truncated(String content) {
      return new Reply(200, content, "length", 0);
    }

    public static Reply status(int status) {
      return new Reply(status, null, null, 0);
    }

    public static Reply slow(String content, long delayMillis) {
      return new Reply(200, content, "stop", delayMillis);
    }
  }

  /** A request as received. */
  public record Received(String path, Map<String, List<String>> headers, JsonNode body) {
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
      }
      return null;
    }
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  public ScriptedChatServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /** Base URL of the OpenAI-style API, e.g. {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Root URL (for Ollama, whose OpenAI API lives under /v1). */
  public String rootUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public ScriptedChatServer then(Reply r) {
    script.add(r);
    return this;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  public int maxInFlight() {
    return maxInFlight.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      byte[] in = ex.getRequestBody().readAllBytes();
      synchronized (this) {
        received.add(new Received(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), JSON.readTree(in)));
      }
      Reply r = script.poll();
      if (r == null) r = new Reply(500, null, null, 0);
      if (r.delayMillis() > 0) {
        try {
          Thread.sleep(r.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] out;
      if (r.status() != 200) {
        out = ("{\"error\":{\"message\":\"scripted " + r.status() + "\",\"type\":\"server_error\"}}").getBytes(StandardCharsets.UTF_8);
      } else {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-" + received.size());
        body.put("object", "chat.completion");
        body.put("created", 1_700_000_000L);
        body.put("model", "scripted");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant");
        msg.put("content", r.content());
        choice.put("finish_reason", r.finishReason());
        ObjectNode usage = body.putObject("usage");
        usage.put("prompt_tokens", 10);
        usage.put("completion_tokens", 10);
        usage.put("total_tokens", 20);
        out = JSON.writeValueAsBytes(body);
      }
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(r.status(), out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      } catch (IOException clientGone) {
        // The client timed out and closed the connection; nothing to do.
      }
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
