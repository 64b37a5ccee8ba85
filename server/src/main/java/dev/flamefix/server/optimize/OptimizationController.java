package dev.flamefix.server.optimize;

import dev.flamefix.server.appconfig.InvalidRequestException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /api/optimizations/**}. */
@RestController
public class OptimizationController {
  private final OptimizationService service;

  public OptimizationController(OptimizationService service) {
    this.service = service;
  }

  /** Queues a job: 202 with the job and its Location. */
  @PostMapping("/api/optimizations")
  public ResponseEntity<JobView> submit(@RequestBody(required = false) OptimizationSpec spec) {
    if (spec == null) {
      throw new InvalidRequestException(List.of("body: a JSON object with targets is required"));
    }
    JobView job = service.submit(spec);
    return ResponseEntity.accepted().location(URI.create("/api/optimizations/" + job.id())).body(job);
  }

  /** Recent jobs, newest first. */
  @GetMapping("/api/optimizations")
  public List<JobView> recent(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw new InvalidRequestException(List.of("limit: must be 1..500, was " + limit));
    }
    return service.recent(limit);
  }

  @GetMapping("/api/optimizations/{id}")
  public JobView get(@PathVariable String id) {
    return service.get(id);
  }

  /** Server-sent events: {@code progress} (the job) on each change, {@code done} at the end. */
  @GetMapping(path = "/api/optimizations/{id}/events", produces = "text/event-stream")
  public SseEmitter events(@PathVariable String id) {
    return service.subscribe(id);
  }
}
