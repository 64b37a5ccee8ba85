package dev.flamefix.server.recordings;

import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.appconfig.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recording requests for users: ask for one, follow it, download what was recorded. */
@RestController
@Tag(name = "recordings", description = "Record real calls of one method (arguments, receiver) from the app's agents")
public class RecordingController {
  private final RecordingService recordings;

  public RecordingController(RecordingService recordings) {
    this.recordings = recordings;
  }

  /** 201 with the pending request; the first agent of the app that polls claims it. */
  @PostMapping("/api/v1/apps/{app}/recordings")
  @Operation(summary = "Request a recording of one method's calls",
      description = "The app's agents must run with recording=allow. 404 unknown_app when the app"
          + " neither sent profiles nor is configured; 400 invalid_request for a bad method or limits.")
  public ResponseEntity<RecordingView> request(@PathVariable String app,
      @RequestBody @Valid RecordingSpec spec) {
    RecordingView created = recordings.request(app, spec);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/recordings/" + created.id())).body(created);
  }

  /** The app's requests, newest first. */
  @GetMapping("/api/v1/apps/{app}/recordings")
  @Operation(summary = "The app's recording requests, newest first")
  public List<RecordingView> list(@PathVariable String app,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw new InvalidRequestException(List.of("limit: must be 1..500, was " + limit));
    }
    return recordings.list(app, limit);
  }

  @GetMapping("/api/v1/recordings/{id}")
  @Operation(summary = "One recording request: state, counts, agent")
  public RecordingView get(@PathVariable String id) {
    return recordings.get(id);
  }

  /** The envelope the agent uploaded, byte for byte ({@value RecordingBatch#CONTENT_TYPE}). */
  @GetMapping("/api/v1/recordings/{id}/envelope")
  @Operation(summary = "Download the uploaded envelope",
      description = "The RecordingBatch bytes, for flamefix optimize --recorded; 404 no_envelope before the upload.")
  public ResponseEntity<byte[]> envelope(@PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(RecordingBatch.CONTENT_TYPE))
        .header("Content-Disposition", "attachment; filename=\"recording-" + id + ".ffrc\"")
        .body(recordings.envelope(id));
  }
}
