package dev.flamefix.server.optimize;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.pipeline.PipelineFactory;
import dev.flamefix.server.learning.LearningService;
import dev.flamefix.server.optimize.JobRepository.JobDocument;
import dev.flamefix.server.proposals.Evidence;
import dev.flamefix.server.proposals.ProposalService;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs stored optimization jobs on a bounded executor ({@code flamefix.optimize.concurrent-jobs}):
 * the {@link CandidatePipeline} with the models the job selected and the bandit's order, every
 * verdict recorded for the bandit, accepted candidates turned into proposals. Each change of a job
 * is stored, then published to {@link JobEvents}.
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
  private final Clock clock;
  private final ExecutorService executor;
  private volatile boolean stopping;

  public JobRunner(JobRepository jobs, JobEvents events, OptimizationRequests requests, ProposalService proposals,
      LearningService learning, ModelRegistry models, HotspotShares shares, PipelineFactory pipelines,
      OptimizeProperties properties, Clock clock) {
    this.jobs = jobs;
    this.events = events;
    this.requests = requests;
    this.proposals = proposals;
    this.learning = learning;
    this.models = models;
    this.shares = shares;
    this.pipelines = pipelines;
    this.properties = properties;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(properties.concurrentJobs(), r -> {
      Thread t = new Thread(r, "flamefix-job-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Queues a stored job. */
  public void queue(String id) {
    executor.submit(() -> run(id));
  }

  @PreDestroy
  void stop() {
    stopping = true;
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
  }

  private void run(String id) {
    if (stopping) return;
    JobDocument doc = jobs.find(id).orElse(null);
    if (doc == null || doc.view().status().terminal()) return;
    long started = System.nanoTime();
    long runBefore = doc.view().runMillis();
    Job job = new Job(doc);
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
          .build();
      List<CandidatePipeline.TargetResult> results = pipelines.pipeline(clients, order).run(in, new JobListener(job));
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
    job.event("propose", (created.created() ? "proposal " : "already proposed as ") + pid + " for " + t.target()
        + String.format(Locale.ROOT, " (%s, %.2fx)", c.source(), v.speedup()));
  }

  /** The targets' shares of the app's recent profile, for the feedback messages; none without an app. */
  private Map<String, ProfileEvidence> evidence(OptimizationSpec spec) {
    Map<String, ProfileEvidence> out = new HashMap<>();
    for (String target : spec.targets()) {
      double share = shares.shareOf(spec.app(), target);
      if (share > 0) {
        out.put(target, ProfileEvidence.share(Math.min(1, share)));
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
          verdict.differential() == null ? null : verdict.differential().coverage());
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

  /** One running job: its current view, stored and published on every change. */
  private final class Job {
    private final OptimizationSpec spec;
    private JobView view;

    Job(JobDocument d) {
      this.spec = d.spec();
      this.view = d.view();
    }

    synchronized JobView view() {
      return view;
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
        jobs.update(new JobDocument(next, spec));
      }
      events.publish(next);
    }
  }
}
