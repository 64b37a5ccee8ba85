package dev.flamefix.agent.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A loopback stand-in for the flamefix server's {@code POST /ingest} (records every request and
 * answers with a configurable status and delay) and its recording endpoints (hands out queued
 * requests to polls, 204 otherwise, and keeps every uploaded envelope).
 */
final class IngestSink implements AutoCloseable {

  /** One received upload. */
  record Upload(Map<String, String> query, String authorization, byte[] body) {

    /** The body read as a recording envelope. */
    dev.flamefix.recording.RecordingBatch batch() {
      return dev.flamefix.recording.RecordingBatch.readFrom(new ByteArrayInputStream(body));
    }

    boolean gzipped() {
      return body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    String collapsed() {
      return new String(gunzipped(), StandardCharsets.UTF_8);
    }

    byte[] gunzipped() {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new AssertionError("body is not gzip", e);
      }
    }

    /**
     * The stacks as text, whatever the format: collapsed lines as sent, or for a JFR upload one
     * line per cpu sample, frames root first as {@code pkg.Class.method:line}.
     */
    String stacksText() {
      if (!"jfr".equals(query.get("format"))) {
        return collapsed();
      }
      try {
        Path file = Files.createTempFile("upload-", ".jfr");
        try {
          Files.write(file, gunzipped());
          StringBuilder out = new StringBuilder();
          for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
              continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            for (int i = frames.size() - 1; i >= 0; i--) {
              RecordedFrame f = frames.get(i);
              String cls = f.getMethod().getType() == null ? "" : f.getMethod().getType().getName() + ".";
              out.append(cls).append(f.getMethod().getName()).append(':').append(f.getLineNumber())
                  .append(i == 0 ? "\n" : ";");
            }
          }
          return out.toString();
        } finally {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        throw new AssertionError("body is not a JFR recording", e);
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "ingest-sink");
    t.setDaemon(true);
    return t;
  });
  private final List<Upload> uploads = new CopyOnWriteArrayList<>();
  private final List<Upload> polls = new CopyOnWriteArrayList<>();
  private final List<Upload> recordings = new CopyOnWriteArrayList<>();
  private final Deque<byte[]> requests = new ConcurrentLinkedDeque<>();
  private volatile byte[] garbageRequest;
  private volatile int status = 200;
  private volatile long delayMillis;
  private volatile int stopAfter = -1;

  IngestSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ingest", this::handle);
    server.createContext("/api/v1/agent/recordings/", this::handleRecording);
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  IngestSink answering(int httpStatus) {
    this.status = httpStatus;
    return this;
  }

  IngestSink delaying(long millis) {
    this.delayMillis = millis;
    return this;
  }

  /** Shuts the server down (port closed) right after the n-th upload: "killed mid-run". */
  IngestSink dyingAfter(int n) {
    this.stopAfter = n;
    return this;
  }

  List<Upload> uploads() {
    return List.copyOf(uploads);
  }

  /** Hands out one recording request (a Properties text) to the next poll. */
  IngestSink serving(String request) {
    requests.add(request.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Answers every poll with 200 and these bytes, which are no recording request. */
  IngestSink servingGarbage(byte[] body) {
    this.garbageRequest = body;
    return this;
  }

  /** Every {@code GET .../recordings/next} received (query and authorization; empty body). */
  List<Upload> polls() {
    return List.copyOf(polls);
  }

  /** Every envelope posted to {@code .../recordings/{id}}; the query holds {@code id}. */
  List<Upload> recordings() {
    return List.copyOf(recordings);
  }

  /** Waits until an envelope arrived. */
  Upload awaitRecording(long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (recordings.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no recording uploaded within " + timeoutSeconds + "s");
      }
      Thread.sleep(50);
    }
    return recordings.get(0);
  }

  private void handleRecording(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String id = path.substring(path.lastIndexOf('/') + 1);
      byte[] body = exchange.getRequestBody().readAllBytes();
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if ("GET".equals(exchange.getRequestMethod()) && "next".equals(id)) {
        polls.add(new Upload(parseQuery(exchange.getRequestURI().getRawQuery()), auth, body));
        byte[] request = garbageRequest != null ? garbageRequest : requests.poll();
        if (request == null) {
          exchange.sendResponseHeaders(204, -1);
          return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
        exchange.sendResponseHeaders(200, request.length);
        exchange.getResponseBody().write(request);
      } else if ("POST".equals(exchange.getRequestMethod())) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("id", id);
        meta.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        recordings.add(new Upload(meta, auth, body));
        exchange.sendResponseHeaders(202, -1);
      } else {
        exchange.sendResponseHeaders(405, -1);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      uploads.add(new Upload(parseQuery(exchange.getRequestURI().getRawQuery()),
          exchange.getRequestHeaders().getFirst("Authorization"), body));
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      exchange.sendResponseHeaders(status, -1);
      if (stopAfter > 0 && uploads.size() >= stopAfter) {
        // give the agent time to read this 200 before the port goes away
        new Thread(() -> {
          try {
            Thread.sleep(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          server.stop(0);
        }).start();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
