package dev.flamefix.server.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted OpenAI-protocol chat-completions endpoint on loopback: the n-th request gets the n-th
 * canned answer, and every request after the last answer gets the last one again. It stands in for a model in tests; its answers are written by the test, so the
 * results say nothing about any real model's quality.
 */
public final class ScriptedModelServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final List<String> answers;
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

  public ScriptedModelServer(String... answers) throws IOException {
    if (answers.length == 0) {
      throw new IllegalArgumentException("at least one answer");
    }
    this.answers = List.of(answers);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to configure ({@code .../v1}). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /**
   * The quick pipeline's server properties ({@link QuickPipeline#properties()}) with this endpoint
   * as the model named {@code scripted}, without retries.
   */
  public Map<String, Object> serverProperties() {
    Map<String, Object> props = new HashMap<>(QuickPipeline.properties());
    props.put("flamefix.model.name", "scripted");
    props.put("flamefix.model.base-url", baseUrl());
    props.put("flamefix.model.api-key", "test-key");
    props.put("flamefix.model.max-retries", 0);
    return props;
  }

  /** The request bodies received. */
  public List<JsonNode> requests() {
    return requests;
  }

  private synchronized void handle(HttpExchange ex) throws IOException {
    requests.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
    String answer = answers.get(Math.min(requests.size(), answers.size()) - 1);
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-" + requests.size());
    body.put("object", "chat.completion");
    body.put("created", 1_700_000_000L);
    body.put("model", "scripted");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", answer);
    choice.put("finish_reason", "stop");
    body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
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
