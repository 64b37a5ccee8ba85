package dev.flamefix.agent.export;

import dev.flamefix.agent.config.AgentOptions;
import dev.flamefix.agent.profiler.StackWindow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Uploads one window to the Pyroscope-compatible ingest endpoint:
 * {@code POST {server}/ingest?name={app}.{event}{labels}&from=&until=&format=jfr|folded&...} with
 * the gzip-compressed JFR recording or collapsed stacks as the body and, when configured,
 * {@code Authorization: Bearer <token>}, through {@link AgentHttp} (shared with the recorder).
 * Never throws: every problem becomes a {@link SendOutcome}.
 */
public final class IngestClient {

  private static final int MAX_RESPONSE_BYTES = 64 * 1024;

  private final AgentOptions options;
  private final ProcessIdentity identity;
  private final String encodedName;
  private final AgentHttp http;

  /** Creates a client for the given options and process identity. */
  public IngestClient(AgentOptions options, ProcessIdentity identity) {
    this.options = options;
    this.http = new AgentHttp(options);
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
  public SendOutcome send(final StackWindow window) {
    try {
      AgentHttp.Response response = http.exchange("POST", urlFor(window),
          "application/octet-stream", new AgentHttp.Body() {
            @Override
            public long length() {
              return window.payloadBytes();
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
              window.writePayload(out);
            }
          }, MAX_RESPONSE_BYTES);
      return SendOutcome.forStatus(response.status(), response.message(), response.retryAfterMillis());
    } catch (Throwable t) {
      return SendOutcome.retry(-1, AgentHttp.describe(t));
    }
  }

  private static String encode(String value) {
    return AgentHttp.encode(value);
  }
}
