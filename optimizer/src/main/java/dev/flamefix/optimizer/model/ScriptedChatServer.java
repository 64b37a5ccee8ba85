package dev.flamefix.optimizer.model;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-protocol chat-completions endpoint on loopback whose answers are scripted: each request
 * takes the next scripted {@link Reply} (status, assistant text, finish reason, delay), and once the
 * script is used up every request gets the standing reply ({@link #answerWith}; HTTP 500 until
 * set). Every request is kept (path, headers, JSON body) so a caller can see what the client sent.
 *
 * <p>It is the one stand-in for a model: {@code eval replay} answers recorded model outputs
 * through it (so the model client, answer extraction and splicing run exactly as with a real
 * endpoint), and the tests of the optimizer, pipeline and server script models with it. Its
 * answers are written by its caller, so results through it say nothing of any real model.
 */
public final class ScriptedChatServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One scripted reply.
   *
   * @param status HTTP status; anything but 200 answers an OpenAI-style error body
   * @param content the assistant's text
   * @param finishReason {@code stop}, or {@code length} for a truncated answer
   * @param delayMillis how long to wait before answering (for client timeouts)
   */
  public record Reply(int status, String content, String finishReason, long delayMillis) {
    /** A complete answer. */
    public static Reply ok(String content) {
      return new Reply(200, content, "stop", 0);
    }

    /** An answer cut off at the token limit. */
    public static Reply truncated(String content) {
      return new Reply(200, content, "length", 0);
    }

    /** An error status with an OpenAI-style error body. */
    public static Reply status(int status) {
      return new Reply(status, null, null, 0);
    }

    /** A complete answer after {@code delayMillis}. */
    public static Reply slow(String content, long delayMillis) {
      return new Reply(200, content, "stop", delayMillis);
    }
  }

  /** A request as received. */
  public record Received(String path, Map<String, List<String>> headers, JsonNode body) {
    /** The first value of a header, by case-insensitive name; {@code null} if absent. */
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
      }
      return null;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "scripted-chat-server");
    t.setDaemon(true);
    return t;
  });
  private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
  private volatile Reply standing = Reply.status(500);
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  /** Starts on a free loopback port with an empty script. */
  public ScriptedChatServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * A server whose n-th request gets the n-th answer, and every request after the last gets the
   * last again.
   */
  public static ScriptedChatServer answering(String... answers) throws IOException {
    if (answers.length == 0) {
      throw new IllegalArgumentException("at least one answer");
    }
    ScriptedChatServer s = new ScriptedChatServer();
    for (int i = 0; i < answers.length - 1; i++) {
      s.then(Reply.ok(answers[i]));
    }
    return s.answerWith(answers[answers.length - 1]);
  }

  /** Base URL of the OpenAI-style API, e.g. {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return rootUrl() + "/v1";
  }

  /** Root URL (for Ollama, whose OpenAI API lives under /v1). */
  public String rootUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Appends {@code r} to the script. */
  public ScriptedChatServer then(Reply r) {
    script.add(r);
    return this;
  }

  /** Sets the answer every request gets once the script is used up. */
  public ScriptedChatServer answerWith(String content) {
    standing = Reply.ok(content);
    return this;
  }

  /** The requests received so far, oldest first. */
  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** How many requests were received so far. */
  public synchronized int requests() {
    return received.size();
  }

  /** The most requests that were being answered at once. */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      byte[] in = ex.getRequestBody().readAllBytes();
      int n;
      synchronized (this) {
        received.add(new Received(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), JSON.readTree(in)));
        n = received.size();
      }
      Reply r = script.poll();
      if (r == null) r = standing;
      if (r.delayMillis() > 0) {
        try {
          Thread.sleep(r.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] out = r.status() == 200 ? completion(n, r) : error(r.status());
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

  private static byte[] completion(int n, Reply r) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-" + n);
    body.put("object", "chat.completion");
    body.put("created", 1_700_000_000L);
    body.put("model", "scripted");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", r.content());
    choice.put("finish_reason", r.finishReason());
    body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
    return JSON.writeValueAsBytes(body);
  }

  private static byte[] error(int status) {
    return ("{\"error\":{\"message\":\"scripted " + status + "\",\"type\":\"server_error\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
