package dev.flamefix.server.optimize;

import dev.flamefix.server.appconfig.NotFoundException;
import dev.flamefix.server.optimize.JobRepository.JobDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Optimization jobs as the API sees them: a checked request is stored and queued on the
 * {@link JobRunner}; jobs are read back from the store and followed through {@link JobEvents}.
 * Nothing is lost across restarts: after a restart queued jobs run and interrupted ones are
 * resumed, or failed with the reason once {@code max-attempts} starts were used.
 */
@Service
public class OptimizationService {
  private static final Logger log = LoggerFactory.getLogger(OptimizationService.class);

  private final JobRepository jobs;
  private final OptimizationRequests requests;
  private final JobRunner runner;
  private final JobEvents events;
  private final OptimizeProperties properties;
  private final Clock clock;

  public OptimizationService(JobRepository jobs, OptimizationRequests requests, JobRunner runner, JobEvents events,
      OptimizeProperties properties, Clock clock) {
    this.jobs = jobs;
    this.requests = requests;
    this.runner = runner;
    this.events = events;
    this.properties = properties;
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
    runner.queue(view.id());
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

  /** Queued jobs run again; interrupted ones resume, or fail with the reason after max-attempts starts. */
  @EventListener(ApplicationReadyEvent.class)
  public void recover() {
    for (JobDocument d : jobs.unfinished()) {
      JobView v = d.view();
      if (v.status() == JobStatus.RUNNING) {
        String why = "server restarted while the job was at stage '" + v.stage() + "'";
        if (v.attempts() >= properties.maxAttempts()) {
          v = v.withEvent(new JobView.Event(now(), "failed", why + "; not resumed after " + v.attempts() + " start(s)"), now())
              .with(JobStatus.FAILED, "failed", v.progress(), why + "; gave up after " + v.attempts() + " start(s)");
          jobs.update(new JobDocument(v, d.spec()));
          log.warn("job {} failed: {}", v.id(), v.error());
          continue;
        }
        v = v.withEvent(new JobView.Event(now(), "queued", why + "; resuming from the start"), now())
            .with(JobStatus.QUEUED, "queued", 0, null);
        jobs.update(new JobDocument(v, d.spec()));
        log.info("job {} resumed after restart", v.id());
      }
      runner.queue(v.id());
    }
  }

  private String now() {
    return Instant.ofEpochMilli(clock.millis()).toString();
  }
}
