package dev.flamefix.server.optimize;

import dev.flamefix.server.appconfig.NotFoundException;
import dev.flamefix.server.optimize.JobRepository.JobDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Optimization jobs as the API sees them: a checked request is stored as a queued job that some
 * replica's {@link JobRunner} claims; jobs are read back from the store (so every replica answers
 * the same) and followed through {@link JobEvents}. Nothing is lost across restarts or dead
 * replicas: interrupted jobs are resumed, or failed with the reason once {@code max-attempts}
 * starts were used.
 */
@Service
public class OptimizationService {
  private final JobRepository jobs;
  private final OptimizationRequests requests;
  private final JobRunner runner;
  private final JobEvents events;
  private final Clock clock;

  public OptimizationService(JobRepository jobs, OptimizationRequests requests, JobRunner runner, JobEvents events,
      Clock clock) {
    this.jobs = jobs;
    this.requests = requests;
    this.runner = runner;
    this.events = events;
    this.clock = clock;
  }

  /** Checks the request (404 unknown app, 400 invalid fields, 422 unknown target), stores and queues it. */
  public JobView submit(OptimizationSpec spec) {
    requests.check(spec);
    String now = now();
    JobView view = new JobView(UUID.randomUUID().toString(), spec.app(), spec.targets(), JobStatus.QUEUED, "queued",
        0, List.of(new JobView.Event(now, "queued", "queued " + String.join(", ", spec.targets()))), List.of(), null,
        List.of(), null, now, now, 0, 0);
    jobs.insert(new JobDocument(view, spec), clock.millis());
    runner.wake();
    return view;
  }

  public JobView get(String id) {
    return jobs.find(id).map(JobDocument::view)
        .orElseThrow(() -> new NotFoundException("unknown_job", "no optimization job " + id));
  }

  /** The most recent jobs, newest first. */
  public List<JobView> recent(int limit) {
    return jobs.recent(limit).stream().map(JobDocument::view).toList();
  }

  /** Jobs of an app created since {@code sinceMs} (for budgets). */
  public List<JobView> ofAppSince(String app, long sinceMs) {
    return jobs.ofAppSince(app, sinceMs).stream().map(JobDocument::view).toList();
  }

  /** A server-sent-events stream: {@code progress} with the job on every change, {@code done} at the end. */
  public SseEmitter subscribe(String id) {
    JobView current = get(id);
    return events.subscribe(id, () -> jobs.find(id).map(JobDocument::view).orElse(current));
  }

  private String now() {
    return Instant.ofEpochMilli(clock.millis()).toString();
  }
}
