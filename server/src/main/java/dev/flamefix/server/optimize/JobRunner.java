package dev.flamefix.server.optimize;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.pipeline.RecordedCallSource;
import dev.flamefix.server.learning.LearningService;
import dev.flamefix.server.optimize.JobRepository.JobDocument;
import dev.flamefix.server.proposals.Evidence;
import dev.flamefix.server.proposals.Proposal;
import dev.flamefix.server.proposals.ProposalService;
import dev.flamefix.server.proposals.ProposalStatus;
import dev.flamefix.server.recordings.StoredCalls;
import dev.flamefix.validator.Verdict;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import dev.flamefix.server.fleet.FleetProperties;
import dev.flamefix.server.validation.ValidationRouting;

/**
 * Runs stored optimization jobs on a bounded executor ({@code flamefix.optimize.concurrent-jobs}):
 * the {@link CandidatePipeline} with the models the job selected and the bandit's order, every
 * verdict recorded for the bandit, accepted candidates turned into proposals. Each change of a job
 * is stored, then published to {@link JobEvents}.
 *
 * <p>Jobs are not handed to a particular process: every replica on the database claims queued jobs
 * (and running ones whose lease expired or was released) through {@link JobRepository#claim}, holds
 * a lease while it runs them, renews it every third of {@code flamefix.fleet.job-lease}, and writes
 * only while it still holds it. A replica that dies stops renewing; another takes the job over and
 * runs it from the start (proposals are unique per job and target, so none is made twice). Workers
 * ({@code flamefix.fleet.role=worker}) claim no jobs.
 */
@Component
public class JobRunner {
  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  private final JobRepository jobs;
  private final JobEvents events;
  private final OptimizationRequests requests;
  private final ProposalService proposals;
  private final LearningService learning;
  private final ModelRegistry models;
  private final HotspotShares shares;
  private final PipelineFactory pipelines;
  private final OptimizeProperties properties;
  private final FleetProperties fleet;
  private final ValidationRouting validation;
  private final Clock clock;
  /** Recorded production calls of the job's app, replayed in validation. */
  private final StoredCalls storedCalls;
  private final ExecutorService executor;
  private final Map<String, Job> running = new ConcurrentHashMap<>();
  private volatile ScheduledExecutorService scheduler;
  private volatile boolean stopping;

  public JobRunner(JobRepository jobs, JobEvents events, OptimizationRequests requests, ProposalService proposals,
      LearningService learning, ModelRegistry models, HotspotShares shares, PipelineFactory pipelines,
      OptimizeProperties properties, FleetProperties fleet, ValidationRouting validation, Clock clock,
      StoredCalls storedCalls) {
    this.jobs = jobs;
    this.storedCalls = storedCalls;
    this.events = events;
    this.requests = requests;
    this.proposals = proposals;
    this.learning = learning;
    this.models = models;
    this.shares = shares;
    this.pipelines = pipelines;
    this.properties = properties;
    this.fleet = fleet;
    this.validation = validation;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(properties.concurrentJobs(), r -> {
      Thread t = new Thread(r, "flamefix-job-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts claiming jobs (not on workers): queued ones, and those of replicas that stopped or died. */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (fleet.worker()) return;
    ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "flamefix-job-claims");
      t.setDaemon(true);
      return t;
    });
    long renewEvery = Math.max(100, fleet.jobLease().toMillis() / 3);
    s.scheduleWithFixedDelay(this::poll, 0, fleet.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    s.scheduleWithFixedDelay(this::renew, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    scheduler = s;
    log.info("replica {} claims optimization jobs (lease {})", fleet.replicaId(), fleet.jobLease());
  }

  /** A job was stored: look for work now rather than at the next poll. */
  public void wake() {
    ScheduledExecutorService s = scheduler;
    if (s != null && !stopping) {
      try {
        s.execute(this::poll);
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        // shutting down: the job stays queued for another replica or the next start
      }
    }
  }

  /** Claims jobs while this replica has free slots. Runs on the one claims thread only. */
  private void poll() {
    try {
      while (!stopping && running.size() < properties.concurrentJobs()) {
        long now = clock.millis();
        JobRepository.Claim claim = jobs.claim(fleet.replicaId(), now, now + fleet.jobLease().toMillis()).orElse(null);
        if (claim == null) return;
        Job job = new Job(claim.doc());
        running.put(job.view().id(), job);
        executor.submit(() -> run(claim, job));
      }
    } catch (RuntimeException e) {
      log.warn("claiming jobs failed; retrying at the next poll", e);
    }
  }

  /** Extends the leases of this replica's jobs; a job whose lease was lost is stopped here. */
  private void renew() {
    for (Job job : running.values()) {
      try {
        if (!jobs.renew(job.view().id(), fleet.replicaId(), clock.millis() + fleet.jobLease().toMillis())) {
          job.lose();
        }
      } catch (RuntimeException e) {
        log.warn("renewing the lease of job {} failed; retrying", job.view().id(), e);
      }
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    List<String> mine = List.copyOf(running.keySet());
    if (scheduler != null) scheduler.shutdownNow();
    executor.shutdownNow();
    events.closeAll();
    // Give interrupted jobs a moment to leave the validator (in-process javac is not interruptible),
    // so nothing of this instance still runs when the next one starts in the same JVM.
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        log.warn("a job thread did not stop within 30 s of shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Released rather than left to expire, so the next start (or another replica) resumes them at once.
    for (String id : mine) {
      try {
        jobs.release(id, fleet.replicaId());
      } catch (RuntimeException e) {
        log.warn("could not release job {}; it is resumed once its lease expires", id);
      }
    }
  }

  private void run(JobRepository.Claim claim, Job job) {
    String id = job.view().id();
    job.thread = Thread.currentThread();
    try {
      if (stopping || (claim.doc().view().status() == JobStatus.RUNNING && !takeOver(claim, job))) return;
      run(job);
    } catch (LeaseLostException e) {
      log.warn("job {}: {}; this replica stops running it", id, e.getMessage());
    } finally {
      running.remove(id);
      job.thread = null;
      wake();
    }
  }

  /**
   * A job another start of a replica was running: queued again to run from the start, or failed
   * with the reason once {@code max-attempts} starts were used. False when it ends here.
   */
  private boolean takeOver(JobRepository.Claim claim, Job job) {
    JobView v = job.view();
    String why = claim.previousOwner() == null || claim.released()
        ? "server restarted while the job was at stage '" + v.stage() + "'"
        : "replica " + claim.previousOwner() + " stopped renewing its lease (stopped, died or lost the database)"
            + " while the job was at stage '" + v.stage() + "'";
    if (v.attempts() >= properties.maxAttempts()) {
      job.update(x -> x.withEvent(new JobView.Event(now(), "failed", why + "; not resumed after " + x.attempts()
          + " start(s)"), now()).with(JobStatus.FAILED, "failed", x.progress(), why + "; gave up after "
          + x.attempts() + " start(s)"));
      log.warn("job {} failed: {}", v.id(), job.view().error());
      return false;
    }
    job.update(x -> x.withEvent(new JobView.Event(now(), "queued", why + "; resuming from the start"), now())
        .with(JobStatus.QUEUED, "queued", 0, null));
    log.info("job {} taken over by replica {}: {}", v.id(), fleet.replicaId(), why);
    return true;
  }

  private void run(Job job) {
    JobDocument doc = new JobDocument(job.view(), job.spec);
    String id = doc.view().id();
    long started = System.nanoTime();
    long runBefore = doc.view().runMillis();
    job.update(v -> v.withAttempt(v.attempts() + 1, runBefore).with(JobStatus.RUNNING, "optimize", 0.01, null));
    job.event("optimize", "started (attempt " + job.view().attempts() + ")");
    OptimizationSpec spec = doc.spec();
    try (OptimizationRequests.Sources sources = requests.sources(spec, true)) {
      List<ModelClient> clients = models.select(spec.options().models());
      boolean useRecipes = spec.options().recipes() == null || spec.options().recipes();
      if (!useRecipes && clients.isEmpty()) {
        throw new IllegalStateException("no candidate source: recipes are off and no configured model was selected");
      }
      UnaryOperator<List<Candidate>> order = list -> learning.order(list, Candidate::source);
      CandidatePipeline.Input in = CandidatePipeline.Input.builder(sources.location(), spec.targets())
          .sourceRoot(sources.root())
          .classPath(sources.classPath())
          .k(spec.options().k() == null ? CandidatePipeline.Input.DEFAULT_K : spec.options().k())
          .candidatesPerModel(spec.options().candidates() == null ? 0 : spec.options().candidates())
          .useRecipes(useRecipes)
          .useModels(!clients.isEmpty())
          .maxValidations(properties.maxValidations())
          .timeBudget(spec.options().timeBudgetSeconds() == null ? properties.timeBudget()
              : Duration.ofSeconds(spec.options().timeBudgetSeconds()))
          .feedbackRounds(spec.options().feedbackRounds() == null ? properties.feedbackRounds()
              : spec.options().feedbackRounds())
          .assume(spec.options().assume())
          .evidence(clients.isEmpty() ? Map.of() : evidence(spec))
          .recorded(recordedCalls(spec))
          .build();
      CandidatePipeline pipeline = new CandidatePipeline(pipelines.optimizer(clients), validation.forJob(id), order);
      List<CandidatePipeline.TargetResult> results = pipeline.run(in, new JobListener(job));
      for (CandidatePipeline.TargetResult t : results) {
        if (t.accepted() >= 0) {
          propose(job, spec, t);
        }
      }
      long accepted = results.stream().filter(t -> t.accepted() >= 0).count();
      job.update(v -> v.withAttempt(v.attempts(), runBefore + (System.nanoTime() - started) / 1_000_000)
          .with(JobStatus.DONE, "done", 1.0, null));
      job.event("done", accepted == 0 ? "finished: no candidate was accepted" : "finished: " + accepted
          + " target(s) with an accepted candidate; proposal(s) " + String.join(", ", job.view().proposalIds()));
    } catch (Throwable e) {
      if (job.lost) {
        throw new LeaseLostException("its lease was taken over by another replica");
      }
      if (stopping || Thread.currentThread().isInterrupted()) {
        log.info("job {} interrupted by shutdown; it resumes on the next start", id);
        return; // stays RUNNING in the store: the next start resumes or fails it with the reason
      }
      log.warn("job {} failed", id, e);
      String msg = e.getMessage() == null ? e.toString() : e.getMessage();
      job.update(v -> v.withAttempt(v.attempts(), runBefore + (System.nanoTime() - started) / 1_000_000)
          .with(JobStatus.FAILED, "failed", v.progress(), msg));
      job.event("failed", msg);
    }
  }

  private void propose(Job job, OptimizationSpec spec, CandidatePipeline.TargetResult t) {
    Candidate c = t.acceptedCandidate();
    Verdict v = t.acceptedVerdict();
    job.update(x -> x.with(x.status(), "propose", x.progress(), null));
    ProposalService.Created created = proposals.create(new ProposalService.Draft(spec.app(), t.target(),
        t.className(), t.methodName(), c.source(), v.speedup(), v.unifiedDiff(), v.toJson(), Evidence.of(v),
        c.explanation(), c.suggestions().stream().map(Suggestion::caseId).toList(), category(c),
        shares.shareOf(spec.app(), t.target()), t.originalSource(), c.patchedSource(), job.view().id()));
    String pid = created.proposal().id();
    job.update(x -> {
      List<JobView.CandidateView> cs = new ArrayList<>(x.candidates());
      for (int i = 0; i < cs.size(); i++) {
        JobView.CandidateView cv = cs.get(i);
        if (cv.target().equals(t.target()) && cv.source().equals(c.source()) && cv.round() == c.round()
            && cv.verdict() != null && cv.verdict().accepted()) {
          cs.set(i, cv.withProposal(pid));
        }
      }
      return x.withCandidates(cs).withProposal(pid);
    });
    job.event("propose", proposeMessage(created) + " for " + t.target()
        + String.format(Locale.ROOT, " (%s, %.2fx)", c.source(), v.speedup()));
  }

  /** What the propose step did: stored a proposal, refreshed an undecided one, or found one (kept as it is). */
  static String proposeMessage(ProposalService.Created created) {
    Proposal p = created.proposal();
    if (created.created()) {
      return "proposal " + p.id();
    }
    if (created.refreshed()) {
      return "already proposed as " + p.id() + ", refreshed with this measurement,";
    }
    return "already proposed as " + p.id() + (p.status() == ProposalStatus.PROPOSED ? ""
        : " (" + p.status().name().toLowerCase(Locale.ROOT) + ", kept as reviewed)");
  }

  /**
   * The app's stored recordings of each target (latest completed or timed-out first, capped by
   * {@code flamefix.recording.replay-calls}); none without an app.
   */
  private RecordedCallSource recordedCalls(OptimizationSpec spec) {
    if (spec.app() == null || spec.app().isBlank()) {
      return RecordedCallSource.NONE;
    }
    return (className, methodName) -> storedCalls.batches(spec.app(), className + "#" + methodName);
  }

  /**
   * The targets' shares and hot lines in the app's recent profile, for the prompt, the candidate
   * order and the feedback messages; none without an app.
   */
  private Map<String, ProfileEvidence> evidence(OptimizationSpec spec) {
    Map<String, ProfileEvidence> out = new HashMap<>();
    for (String target : spec.targets()) {
      double share = shares.shareOf(spec.app(), target);
      List<ProfileEvidence.HotLine> lines = shares.hotLinesOf(spec.app(), target);
      if (share > 0 || !lines.isEmpty()) {
        out.put(target, new ProfileEvidence(Math.min(1, share), lines));
      }
    }
    return out;
  }

  /** The knowledge-base category of a candidate: the recipe id, else the top suggestion's category. */
  static String category(Candidate c) {
    if (c.source().startsWith("recipe:")) {
      String ids = c.source().substring("recipe:".length());
      return ids.contains("+") ? ids.substring(0, ids.indexOf('+')) : ids;
    }
    return c.suggestions().isEmpty() ? "uncategorized" : c.suggestions().get(0).category();
  }

  private String now() {
    return Instant.ofEpochMilli(clock.millis()).toString();
  }

  /** Feeds pipeline progress into the job. */
  private final class JobListener implements CandidatePipeline.Listener {
    private final Job job;

    JobListener(Job job) {
      this.job = job;
    }

    @Override
    public void stage(String stage, double progress, String message) {
      // One stored write per progress event: this is the busiest path of a job.
      job.update(v -> v.with(v.status(), stage, Math.max(v.progress(), Math.min(0.99, progress)), null)
          .withEvent(new JobView.Event(now(), stage, message), now()));
    }

    @Override
    public void candidates(String target, List<Candidate> ordered) {
      String message = ordered.size() + " candidate(s) for " + target + ", in bandit order: "
          + String.join(", ", ordered.stream().map(Candidate::source).toList());
      job.update(v -> {
        List<JobView.CandidateView> cs = new ArrayList<>(v.candidates());
        cs.removeIf(c -> c.target().equals(target));
        ordered.forEach(c -> cs.add(view(target, c)));
        return v.withCandidates(cs).withEvent(new JobView.Event(now(), "validate", message), now());
      });
    }

    @Override
    public void feedbackCandidates(String target, int round, List<Candidate> added) {
      String message = added.size() + " candidate(s) for " + target + " from feedback round " + round
          + (added.isEmpty() ? "" : ": " + String.join(", ", added.stream().map(Candidate::source).toList()));
      job.update(v -> {
        List<JobView.CandidateView> cs = new ArrayList<>(v.candidates());
        added.forEach(c -> cs.add(view(target, c)));
        return v.withCandidates(cs).withEvent(new JobView.Event(now(), "feedback", message), now());
      });
    }

    private JobView.CandidateView view(String target, Candidate c) {
      return new JobView.CandidateView(target, c.source(), c.explanation(), c.changedMethods(),
          c.suggestions().stream().map(Suggestion::caseId).toList(), null, null, c.round());
    }

    @Override
    public void verdict(String target, Candidate candidate, Verdict verdict) {
      learning.validated(candidate.source(), verdict.accepted(), verdict.speedup(),
          candidate.suggestions().stream().map(Suggestion::caseId).toList(), target);
      String counterexample = verdict.differential() == null || verdict.differential().counterexample() == null
          ? null : String.valueOf(verdict.differential().counterexample());
      JobView.VerdictView vv = new JobView.VerdictView(verdict.accepted(), verdict.outcome().name(), verdict.reason(),
          verdict.stageReached() == null ? null : verdict.stageReached().name(), verdict.speedup(),
          verdict.wallMillis(), counterexample,
          verdict.differential() == null ? null : verdict.differential().coverage(),
          verdict.differential() == null ? null : verdict.differential().recorded());
      job.update(v -> {
        List<JobView.CandidateView> cs = new ArrayList<>(v.candidates());
        for (int i = 0; i < cs.size(); i++) {
          JobView.CandidateView c = cs.get(i);
          if (c.target().equals(target) && c.source().equals(candidate.source()) && c.round() == candidate.round()
              && c.verdict() == null) {
            cs.set(i, c.withVerdict(vv));
            break;
          }
        }
        return v.withCandidates(cs);
      });
    }
  }

  /** This replica no longer holds a job's lease: another one runs it now. */
  static final class LeaseLostException extends RuntimeException {
    LeaseLostException(String message) {
      super(message);
    }
  }

  /** One running job: its current view, stored and published on every change while its lease is held. */
  private final class Job {
    private final OptimizationSpec spec;
    private JobView view;
    private volatile boolean lost;
    private volatile Thread thread;

    Job(JobDocument d) {
      this.spec = d.spec();
      this.view = d.view();
    }

    synchronized JobView view() {
      return view;
    }

    /** The lease went to another replica: stop writing, and stop the pipeline (validation waits are interrupted). */
    void lose() {
      lost = true;
      Thread t = thread;
      if (t != null) t.interrupt();
    }

    void event(String stage, String message) {
      update(v -> v.withEvent(new JobView.Event(now(), stage, message), now()));
    }

    void update(UnaryOperator<JobView> change) {
      JobView next;
      // Applied and stored under one lock, so stored documents follow the order of changes.
      synchronized (this) {
        view = change.apply(view);
        next = view;
        if (stopping) return; // the store may be closing; the next start resumes from the stored state
        if (lost || !jobs.updateOwned(new JobDocument(next, spec), fleet.replicaId())) {
          lost = true;
          throw new LeaseLostException("its lease was taken over by another replica");
        }
      }
      events.publish(next);
    }
  }
}
