package dev.flamefix.agent.recorder;

import dev.flamefix.agent.export.AgentHttp;
import dev.flamefix.agent.export.ProcessIdentity;
import dev.flamefix.recording.RecordingBatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The agent's side of the recording contract: {@code GET
 * {server}/api/v1/agent/recordings/next?app=&pid=&host=} (204 nothing to do, 200 a request) and
 * {@code POST {server}/api/v1/agent/recordings/{id}} with the envelope. Same timeouts, token and
 * HTTP code as the ingest upload ({@link AgentHttp}).
 */
public final class RecordingClient {

  /** Largest request body read from a poll; a real request is a few hundred bytes. */
  static final int MAX_REQUEST_BYTES = 64 * 1024;

  private final AgentHttp http;
  private final String app;
  private final ProcessIdentity identity;

  public RecordingClient(AgentHttp http, String app, ProcessIdentity identity) {
    this.http = http;
    this.app = app;
    this.identity = identity;
  }

  /** The poll URL. */
  public String nextUrl() {
    return http.server() + "/api/v1/agent/recordings/next?app=" + AgentHttp.encode(app) + "&pid="
        + identity.pid() + "&host=" + AgentHttp.encode(identity.host());
  }

  /**
   * Asks for work.
   *
   * @return the request, or {@code null} when the server has nothing (204)
   * @throws IOException when the server is unreachable or answers anything but 200 or 204
   * @throws RecordingRequest.Invalid when a 200 carries no usable request
   */
  public RecordingRequest poll() throws IOException, RecordingRequest.Invalid {
    AgentHttp.Response response = http.exchange("GET", nextUrl(), null, null, MAX_REQUEST_BYTES);
    if (response.status() == 204) {
      return null;
    }
    if (response.status() != 200) {
      throw new IOException("HTTP " + response.status() + " " + response.message());
    }
    return RecordingRequest.parse(response.body());
  }

  /**
   * Uploads one envelope.
   *
   * @return the HTTP status (202 accepted; 4xx refused for good)
   * @throws IOException when no response arrived
   */
  public int upload(RecordingBatch batch) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    batch.writeTo(bytes);
    final byte[] body = bytes.toByteArray();
    return http.exchange("POST", http.server() + "/api/v1/agent/recordings/"
        + AgentHttp.encode(batch.requestId()), RecordingBatch.CONTENT_TYPE, new AgentHttp.Body() {
          @Override
          public long length() {
            return body.length;
          }

          @Override
          public void writeTo(OutputStream out) throws IOException {
            out.write(body);
          }
        }, 4096).status();
  }
}
