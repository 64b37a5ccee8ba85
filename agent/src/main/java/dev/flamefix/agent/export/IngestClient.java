package dev.flamefix.agent.export;

import dev.flamefix.agent.config.AgentOptions;
import dev.flamefix.agent.profiler.StackWindow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.util.Map;

/**
 * Uploads one window to the Pyroscope-compatible ingest endpoint:
 * {@code POST {server}/ingest?name={app}.{event}{labels}&from=&until=&format=jfr|folded&...} with
 * the gzip-compressed JFR recording or collapsed stacks as the body and, when configured,
 * {@code Authorization: Bearer <token>}. Uses {@link HttpURLConnection} so it runs on Java 8 and
 * needs no dependency. Never throws: every problem becomes a {@link SendOutcome}.
 */
public final class IngestClient {

  private static final int MAX_RESPONSE_BYTES = 64 * 1024;

  private final AgentOptions options;
  private final ProcessIdentity identity;
  private final String encodedName;

  /** Creates a client for the given options and process identity. */
  public IngestClient(AgentOptions options, ProcessIdentity identity) {
    this.options = options;
    this.identity = identity;
    this.encodedName = encode(ingestName(options));
  }

  /** {@code app.event{k=v,k=v}}, or {@code app.event} without labels, as Pyroscope names series. */
  public static String ingestName(AgentOptions options) {
    StringBuilder name = new StringBuilder(options.app()).append('.')
        .append(options.event().id());
    if (!options.labels().isEmpty()) {
      name.append('{');
      boolean first = true;
      for (Map.Entry<String, String> label : options.labels().entrySet()) {
        name.append(first ? "" : ",").append(label.getKey()).append('=').append(label.getValue());
        first = false;
      }
      name.append('}');
    }
    return name.toString();
  }

  /** The full ingest URL for one window. */
  public String urlFor(StackWindow window) {
    long from = window.startEpochMillis() / 1000;
    long until = Math.max(from + 1, window.endEpochMillis() / 1000);
    StringBuilder url = new StringBuilder(options.server()).append("/ingest?name=")
        .append(encodedName).append("&from=").append(from).append("&until=").append(until)
        .append("&format=").append(window.format());
    long rate = window.event().sampleRateHz(options.interval());
    if (rate > 0) {
      url.append("&sampleRate=").append(rate);
    }
    url.append("&spyName=flamefix&units=samples&pid=").append(identity.pid()).append("&host=")
        .append(encode(identity.host()));
    return url.toString();
  }

  /** Uploads the window once. */
  public SendOutcome send(StackWindow window) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) new URL(urlFor(window)).openConnection();
      int timeout = (int) Math.min(Integer.MAX_VALUE, options.timeoutMillis());
      connection.setConnectTimeout(timeout);
      connection.setReadTimeout(timeout);
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setUseCaches(false);
      connection.setInstanceFollowRedirects(false);
      connection.setFixedLengthStreamingMode(window.payloadBytes());
      connection.setRequestProperty("Content-Type", "application/octet-stream");
      connection.setRequestProperty("User-Agent", "flamefix-agent");
      if (options.token() != null) {
        connection.setRequestProperty("Authorization", "Bearer " + options.token());
      }
      try (OutputStream out = connection.getOutputStream()) {
        window.writePayload(out);
      }
      int status = connection.getResponseCode();
      String message = oneLine(connection.getResponseMessage());
      drain(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
      return SendOutcome.forStatus(status, message);
    } catch (Throwable t) {
      if (connection != null) {
        connection.disconnect();
      }
      return SendOutcome.retry(-1, oneLine(t.getClass().getSimpleName()
          + (t.getMessage() == null ? "" : ": " + t.getMessage())));
    }
  }

  /** Reads and discards a bounded response so the connection can be reused. */
  private static void drain(InputStream in) throws IOException {
    if (in == null) {
      return;
    }
    try (InputStream body = in) {
      byte[] buffer = new byte[4096];
      int total = 0;
      for (int n; total < MAX_RESPONSE_BYTES && (n = body.read(buffer)) != -1; ) {
        total += n;
      }
    }
  }

  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[^\\x20-\\x7e]", "?").trim();
    return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
  }

  private static String encode(String value) {
    try {
      return URLEncoder.encode(value, "UTF-8").replace("+", "%20");
    } catch (UnsupportedEncodingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
