package dev.flamefix.server.recordings;

import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.ingest.IngestTokenCheck;
import dev.flamefix.server.web.BadRequestException;
import dev.flamefix.server.web.RequestBodyLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What agents call, with the ingest token ({@code flamefix.ingest.token}) like {@code /ingest}: poll
 * for a recording request of their app, upload the recorded calls. API tokens play no part here.
 */
@RestController
@Tag(name = "agent recordings", description = "Agents poll for recording requests and upload envelopes (ingest token)")
public class AgentRecordingController {
  private static final Pattern APP = Pattern.compile("[A-Za-z0-9_.\\-/:]{1,200}");

  private final RecordingService recordings;
  private final IngestTokenCheck tokens;
  private final long maxUploadBytes;

  public AgentRecordingController(RecordingService recordings, IngestTokenCheck tokens,
      RecordingProperties properties) {
    this.recordings = recordings;
    this.tokens = tokens;
    this.maxUploadBytes = properties.maxUploadSize().toBytes();
  }

  /**
   * Claims the app's oldest pending request: 200 with it in {@link Properties} text, 204 when
   * there is none (or another agent claimed it first).
   */
  @GetMapping("/api/v1/agent/recordings/next")
  @Operation(summary = "Claim the app's next recording request",
      description = "200 text/plain in java.util.Properties format (id, method, maxCalls, sampleEvery,"
          + " durationSeconds, maxBytesPerCall, redact.N); 204 when nothing is pending.")
  @ApiResponse(responseCode = "200", description = "claimed")
  @ApiResponse(responseCode = "204", description = "nothing to do")
  public ResponseEntity<String> next(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(required = false) String app,
      @RequestParam(required = false) String pid,
      @RequestParam(required = false) String host) {
    tokens.check(authorization);
    if (app == null || !APP.matcher(app).matches()) {
      throw new BadRequestException("bad_request",
          "app is required: 1-200 of [A-Za-z0-9_.-/:], was '" + app + "'");
    }
    return recordings.claim(app, clip(pid, 64), clip(host, 255))
        .map(claim -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(properties(claim)))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  /** Stores the agent's envelope for request {@code id}: 202 with the finished request. */
  @PostMapping("/api/v1/agent/recordings/{id}")
  @Operation(summary = "Upload a recording envelope",
      description = "Body: the RecordingBatch envelope (" + RecordingBatch.CONTENT_TYPE + "). 400 with"
          + " a reason for a malformed envelope, 404 for an unknown id, 409 when already uploaded,"
          + " not claimed or of another app, 413 above flamefix.recording.max-upload-size.")
  @ApiResponse(responseCode = "202", description = "stored")
  public ResponseEntity<RecordingView> upload(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String id, HttpServletRequest request) {
    tokens.check(authorization);
    byte[] body;
    try {
      body = RequestBodyLimit.read(request.getInputStream(), request.getContentLengthLong(), maxUploadBytes);
    } catch (IOException e) {
      throw new BadRequestException("malformed_recording", "could not read the body: " + e.getMessage());
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(recordings.upload(id, body));
  }

  /** The claimed request as the agent reads it ({@code Properties.load}). */
  static String properties(RecordingService.Claim claim) {
    RecordingView r = claim.request();
    Properties p = new Properties();
    p.setProperty("id", r.id());
    p.setProperty("method", r.method());
    p.setProperty("maxCalls", Integer.toString(r.maxCalls()));
    p.setProperty("sampleEvery", Integer.toString(r.sampleEvery()));
    p.setProperty("durationSeconds", Integer.toString(r.durationSeconds()));
    p.setProperty("maxBytesPerCall", Integer.toString(r.maxBytesPerCall()));
    List<String> redact = claim.redact();
    for (int i = 0; i < redact.size(); i++) {
      p.setProperty("redact." + i, redact.get(i));
    }
    StringWriter out = new StringWriter();
    try {
      // store() escapes what the regular expressions hold (backslashes, '=', ':') for load().
      p.store(out, "flamefix recording request");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    return v.length() <= max ? v : v.substring(0, max);
  }
}
