package dev.flamefix.eval.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An OpenAI-protocol chat-completions endpoint on loopback that answers every request with the
 * recorded answer currently set. Replaying through HTTP keeps the model client, answer extraction
 * and splicing exactly as a user with a real endpoint gets them; the prompt is ignored, so what is
 * measured is the pipeline on recorded answers, not a model under flamefix's prompt.
 */
final class ReplayModelServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final AtomicReference<String> answer = new AtomicReference<>("");
  private final AtomicInteger requests = new AtomicInteger();

  ReplayModelServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to configure ({@code .../v1}). */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Sets the answer every following request gets. */
  void answerWith(String text) {
    answer.set(text);
  }

  /** Requests received so far. */
  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    ex.getRequestBody().readAllBytes();
    int n = requests.incrementAndGet();
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-replay-" + n);
    body.put("object", "chat.completion");
    body.put("created", 1_700_000_000L);
    body.put("model", "replay");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", answer.get());
    choice.put("finish_reason", "stop");
    body.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
    byte[] out = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, out.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
