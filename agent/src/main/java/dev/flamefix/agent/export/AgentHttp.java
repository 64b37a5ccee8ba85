package dev.flamefix.agent.export;

import dev.flamefix.agent.config.AgentOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;

/**
 * One HTTP exchange with the flamefix server, with the agent's settings: connect and read timeout
 * from {@code timeout}, {@code Authorization: Bearer <token>} when a token is set, no redirects, no
 * caches, a bounded response body. The ingest upload and the recording poll and upload all go
 * through here. Uses {@link HttpURLConnection} so it runs on Java 8 and needs no dependency.
 */
public final class AgentHttp {

  /** A request body of known length. */
  public interface Body {
    /** Exact length in bytes (sent as Content-Length). */
    long length();

    /** Writes the body. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Status, reason phrase and (bounded) body of a response. */
  public static final class Response {
    private final int status;
    private final String message;
    private final byte[] body;
    private final long retryAfterMillis;

    Response(int status, String message, byte[] body) {
      this(status, message, body, -1);
    }

    Response(int status, String message, byte[] body, long retryAfterMillis) {
      this.status = status;
      this.message = message;
      this.body = body;
      this.retryAfterMillis = retryAfterMillis;
    }

    /** The {@code Retry-After} header in milliseconds (delay-seconds form), or -1 when absent. */
    public long retryAfterMillis() {
      return retryAfterMillis;
    }

    public int status() {
      return status;
    }

    /** The reason phrase, flattened to one printable line. */
    public String message() {
      return message;
    }

    /** At most the requested number of bytes of the body; empty when none was read. */
    public byte[] body() {
      return body;
    }
  }

  private final AgentOptions options;

  /** Creates the client for the given options (server, token, timeout). */
  public AgentHttp(AgentOptions options) {
    this.options = options;
  }

  /** The configured server base URL, without a trailing slash. */
  public String server() {
    return options.server();
  }

  /**
   * Sends one request and reads at most {@code maxResponseBytes} of the response body (the rest
   * is drained up to that bound so the connection can be reused).
   *
   * @param body the request body, or {@code null} for none
   * @throws IOException when no HTTP response arrived (refused, timed out, not HTTP)
   */
  public Response exchange(String method, String url, String contentType, Body body,
      int maxResponseBytes) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
    try {
      int timeout = (int) Math.min(Integer.MAX_VALUE, options.timeoutMillis());
      connection.setConnectTimeout(timeout);
      connection.setReadTimeout(timeout);
      connection.setRequestMethod(method);
      connection.setUseCaches(false);
      connection.setInstanceFollowRedirects(false);
      connection.setRequestProperty("User-Agent", "flamefix-agent");
      if (options.token() != null) {
        connection.setRequestProperty("Authorization", "Bearer " + options.token());
      }
      if (body != null) {
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.length());
        connection.setRequestProperty("Content-Type", contentType);
        try (OutputStream out = connection.getOutputStream()) {
          body.writeTo(out);
        }
      }
      int status = connection.getResponseCode();
      String message = oneLine(connection.getResponseMessage());
      byte[] read = read(status >= 400 ? connection.getErrorStream()
          : connection.getInputStream(), maxResponseBytes);
      return new Response(status, message, read,
          retryAfterMillis(connection.getHeaderField("Retry-After")));
    } catch (IOException | RuntimeException e) {
      connection.disconnect();
      throw e;
    }
  }

  /**
   * A {@code Retry-After} value in milliseconds; -1 when absent or not delay-seconds (the HTTP-date
   * form is ignored: the agent's own backoff then applies).
   */
  static long retryAfterMillis(String header) {
    if (header == null) {
      return -1;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds < 0 ? -1 : Math.min(seconds, Long.MAX_VALUE / 1000) * 1000;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static byte[] read(InputStream in, int max) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    try (InputStream body = in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      for (int n; out.size() < max
          && (n = body.read(buffer, 0, Math.min(buffer.length, max - out.size()))) != -1; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** Flattens text to one printable line of at most 160 characters, for logs and outcomes. */
  public static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[^\\x20-\\x7e]", "?").trim();
    return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
  }

  /** URL-encodes a query or path value (spaces as {@code %20}). */
  public static String encode(String value) {
    try {
      return URLEncoder.encode(value, "UTF-8").replace("+", "%20");
    } catch (UnsupportedEncodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Describes an exception in one safe line: its simple class name and message. */
  public static String describe(Throwable t) {
    return oneLine(t.getClass().getSimpleName() + (t.getMessage() == null ? ""
        : ": " + t.getMessage()));
  }
}
