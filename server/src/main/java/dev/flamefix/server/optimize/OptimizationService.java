package dev.flamefix.server.optimize;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.retrieval.KnowledgeBaseSuggestionSource;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.optimizer.target.TargetResolutionException;
import dev.flamefix.optimizer.target.TargetResolver;
import dev.flamefix.server.appconfig.AppConfig;
import dev.flamefix.server.appconfig.AppConfigService;
import dev.flamefix.server.appconfig.InvalidRequestException;
import dev.flamefix.server.appconfig.NotFoundException;
import dev.flamefix.server.learning.LearningService;
import dev.flamefix.server.optimize.JobRepository.JobDocument;
import dev.flamefix.server.proposals.ProposalService;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs optimization jobs: checks and stores the request, runs the {@link CandidatePipeline} on a
 * bounded executor ({@code flamefix.optimize.concurrent-jobs}), turns accepted candidates into
 * proposals, records every verdict for the bandit, and streams progress to subscribers. Every
 * change is persisted; after a restart queued jobs run and interrupted ones are resumed (or failed
 * with the reason once {@code max-attempts} starts were used) — never silently lost.
 */
@Service
public class OptimizationService {
  private static final Logger log = LoggerFactory.getLogger(OptimizationService.class);
  private static final Pattern TARGET = Pattern.compile("[\\w$.]+#[\\w$]+(\\([\\w$.,\\s\\[\\]<>?]*\\))?");
  private static final Pattern MODEL_NAME = Pattern.compile("[\\w.:/\\-]{1,200}");

  private final JobRepository jobs;
  private final AppConfigService apps;
  private final ProposalService proposals;
  private final LearningService learning;
  private final ModelRegistry models;
  private final HotspotShares shares;
  private final ObjectProvider<KnowledgeBase> knowledgeBase;
  private final OptimizeProperties properties;
  private final Clock clock;
  private final ExecutorService executor;
  private final Validator validator;
  private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();
  private volatile boolean stopping;

  public OptimizationService(JobRepository jobs, AppConfigService apps, ProposalService proposals,
      LearningService learning, ModelRegistry models, HotspotShares shares, ObjectProvider<KnowledgeBase> knowledgeBase,
      OptimizeProperties properties, Clock clock) {
    this.jobs = jobs;
    this.apps = apps;
    this.proposals = proposals;
    this.learning = learning;
    this.models = models;
    this.shares = shares;
    this.knowledgeBase = knowledgeBase;
    this.properties = properties;
    this.clock = clock;
    this.validator = new Validator(properties.validator().toOptions());
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(properties.concurrentJobs(), r -> {
      Thread t = new Thread(r, "flamefix-job-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Checks the request (404 unknown app, 400 invalid fields, 422 unknown target), stores and queues it. */
  public JobView submit(OptimizationSpec spec) {
    Resolved r = resolve(spec, true);
    try {
      TargetResolver resolver = new TargetResolver(r.location());
      for (String t : spec.targets()) {
        resolver.resolve(t);
      }
    } catch (TargetResolutionException e) {
      throw new UnknownTargetException(e.getMessage());
    } finally {
      r.cleanup();
    }
    String now = now();
    JobView view = new JobView(UUID.randomUUID().toString(), spec.app(), spec.targets(), JobStatus.QUEUED, "queued",
        0, List.of(new JobView.Event(now, "queued", "queued " + String.join(", ", spec.targets()))), List.of(), null,
        List.of(), null, now, now, 0, 0);
    jobs.insert(new JobDocument(view, spec), clock.millis());
    executor.submit(() -> run(view.id()));
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
    SseEmitter emitter = new SseEmitter(Duration.ofHours(1).toMillis());
    List<SseEmitter> list = subscribers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>());
    list.add(emitter);
    emitter.onCompletion(() -> list.remove(emitter));
    emitter.onTimeout(() -> list.remove(emitter));
    emitter.onError(e -> list.remove(emitter));
    // Re-read after registering so a change between get() and add() is not missed.
    JobView latest = jobs.find(id).map(JobDocument::view).orElse(current);
    send(emitter, latest);
    return emitter;
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
      String id = v.id();
      executor.submit(() -> run(id));
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    executor.shutdownNow();
    subscribers.values().forEach(l -> l.forEach(SseEmitter::complete));
    // Give interrupted jobs a moment to leave the validator (in-process javac is not interruptible),
    // so nothing of this instance still runs when the next one starts in the same JVM.
    try {
      if (!executor.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
        log.warn("a job thread did not stop within 30 s of shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- running ---------------------------------------------------------------------------------

  private void run(String id) {
    if (stopping) return;
    JobDocument doc = jobs.find(id).orElse(null);
    if (doc == null || doc.view().status().terminal()) return;
    long started = System.nanoTime();
    long runBefore = doc.view().runMillis();
    Job job = new Job(doc);
    job.update(v -> v.withAttempt(v.attempts() + 1, runBefore).with(JobStatus.RUNNING, "optimize", 0.01, null));
    job.event("optimize", "started (attempt " + job.view().attempts() + ")");
    Resolved r = null;
    try {
      OptimizationSpec spec = doc.spec();
      r = resolve(spec, false);
      List<ModelClient> clients = models.select(spec.options().models());
      boolean useRecipes = spec.options().recipes() == null || spec.options().recipes();
      boolean useModels = !clients.isEmpty();
      if (!useRecipes && !useModels) {
        throw new IllegalStateException("no candidate source: recipes are off and no configured model was selected");
      }
      SuggestionSource suggestions = useModels ? new KnowledgeBaseSuggestionSource(knowledgeBase.getObject())
          : SuggestionSource.none();
      UnaryOperator<List<Candidate>> order = list -> learning.order(list, Candidate::source);
      CandidatePipeline pipeline = new CandidatePipeline(new Optimizer(suggestions, clients), validator, order);
      Duration budget = spec.options().timeBudgetSeconds() == null ? properties.timeBudget()
          : Duration.ofSeconds(spec.options().timeBudgetSeconds());
      CandidatePipeline.Input in = new CandidatePipeline.Input(r.location(), spec.targets(), r.classPath(),
          spec.options().k() == null ? 2 : spec.options().k(),
          spec.options().candidates() == null ? 0 : spec.options().candidates(), useRecipes, useModels,
          properties.maxValidations(), budget);
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
      if (stopping || Thread.currentThread().isInterrupted()) {
        log.info("job {} interrupted by shutdown; it resumes on the next start", id);
        return; // stays RUNNING in the store: the next start resumes or fails it with the reason
      }
      log.warn("job {} failed", id, e);
      String msg = e.getMessage() == null ? e.toString() : e.getMessage();
      job.update(v -> v.withAttempt(v.attempts(), runBefore + (System.nanoTime() - started) / 1_000_000)
          .with(JobStatus.FAILED, "failed", v.progress(), msg));
      job.event("failed", msg);
    } finally {
      if (r != null) r.cleanup();
    }
  }

  private void propose(Job job, OptimizationSpec spec, CandidatePipeline.TargetResult t) {
    Candidate c = t.acceptedCandidate();
    Verdict v = t.acceptedVerdict();
    job.update(x -> x.with(x.status(), "propose", x.progress(), null));
    ProposalService.Created created = proposals.create(new ProposalService.Draft(spec.app(), t.target(),
        t.className(), t.methodName(), c.source(), v.speedup(), v.unifiedDiff(), v.toJson(), dev.flamefix.server.proposals.Evidence.of(v), c.explanation(),
        c.suggestions().stream().map(Suggestion::caseId).toList(), category(c), shares.shareOf(spec.app(), t.target()),
        t.originalSource(), c.patchedSource(), job.view().id()));
    String pid = created.proposal().id();
    job.update(x -> {
      List<JobView.CandidateView> cs = new ArrayList<>(x.candidates());
      for (int i = 0; i < cs.size(); i++) {
        JobView.CandidateView cv = cs.get(i);
        if (cv.target().equals(t.target()) && cv.source().equals(c.source()) && cv.verdict() != null && cv.verdict().accepted()) {
          cs.set(i, cv.withProposal(pid));
        }
      }
      return x.withCandidates(cs).withProposal(pid);
    });
    job.event("propose", (created.created() ? "proposal " : "already proposed as ") + pid + " for " + t.target()
        + String.format(java.util.Locale.ROOT, " (%s, %.2fx)", c.source(), v.speedup()));
  }

  /** The knowledge-base category of a candidate: the recipe id, else the top suggestion's category. */
  static String category(Candidate c) {
    if (c.source().startsWith("recipe:")) {
      String ids = c.source().substring("recipe:".length());
      return ids.contains("+") ? ids.substring(0, ids.indexOf('+')) : ids;
    }
    return c.suggestions().isEmpty() ? "uncategorized" : c.suggestions().get(0).category();
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
        for (Candidate c : ordered) {
          cs.add(new JobView.CandidateView(target, c.source(), c.explanation(), c.changedMethods(),
              c.suggestions().stream().map(Suggestion::caseId).toList(), null, null));
        }
        return v.withCandidates(cs).withEvent(new JobView.Event(now(), "validate", message), now());
      });
    }

    @Override
    public void verdict(String target, Candidate candidate, Verdict verdict) {
      learning.validated(candidate.source(), verdict.accepted(), verdict.speedup(),
          candidate.suggestions().stream().map(Suggestion::caseId).toList(), target);
      String counterexample = verdict.differential() == null || verdict.differential().counterexample() == null
          ? null : String.valueOf(verdict.differential().counterexample());
      JobView.VerdictView vv = new JobView.VerdictView(verdict.accepted(), verdict.reason(),
          verdict.stageReached() == null ? null : verdict.stageReached().name(), verdict.speedup(),
          verdict.wallMillis(), counterexample);
      job.update(v -> {
        List<JobView.CandidateView> cs = new ArrayList<>(v.candidates());
        for (int i = 0; i < cs.size(); i++) {
          JobView.CandidateView c = cs.get(i);
          if (c.target().equals(target) && c.source().equals(candidate.source()) && c.verdict() == null) {
            cs.set(i, c.withVerdict(vv));
            break;
          }
        }
        return v.withCandidates(cs);
      });
    }
  }

  /** One running job: its current view, persisted and published on every change. */
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
      publish(next);
    }
  }

  private void publish(JobView v) {
    List<SseEmitter> list = subscribers.get(v.id());
    if (list == null) return;
    for (SseEmitter e : list) {
      send(e, v);
    }
    if (v.status().terminal()) {
      subscribers.remove(v.id());
    }
  }

  private void send(SseEmitter emitter, JobView v) {
    try {
      synchronized (emitter) {
        emitter.send(SseEmitter.event().name("progress").data(v));
        if (v.status().terminal()) {
          emitter.send(SseEmitter.event().name("done").data(v));
          emitter.complete();
        }
      }
    } catch (IOException | IllegalStateException e) {
      emitter.completeWithError(e);
    }
  }

  // ---- request resolution ------------------------------------------------------------------------

  /**
   * Where the sources are and what they compile against.
   *
   * @param location a source root or one file
   * @param classPath the class path
   * @param temp a temporary directory to delete afterwards, or null
   */
  record Resolved(Path location, List<Path> classPath, Path temp) {
    void cleanup() {
      if (temp == null) return;
      try (var walk = Files.walk(temp)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a leftover temp dir is harmless
      }
    }
  }

  private Resolved resolve(OptimizationSpec spec, boolean checking) {
    List<String> errors = new ArrayList<>();
    if (spec.targets().isEmpty() || spec.targets().size() > 20) {
      errors.add("targets: 1 to 20 targets like com.acme.Foo#bar are required");
    }
    for (String t : spec.targets()) {
      if (t == null || t.length() > 1000 || !TARGET.matcher(t).matches()) {
        errors.add("targets: not a target (pkg.Class#method or pkg.Class#method(Type,...)): " + t);
      }
    }
    OptimizationSpec.Options o = spec.options();
    if (o.k() != null && (o.k() < 1 || o.k() > 10)) errors.add("options.k: must be 1..10, was " + o.k());
    if (o.candidates() != null && (o.candidates() < 0 || o.candidates() > 10)) {
      errors.add("options.candidates: must be 0..10, was " + o.candidates());
    }
    if (o.timeBudgetSeconds() != null && (o.timeBudgetSeconds() < 10 || o.timeBudgetSeconds() > 86_400)) {
      errors.add("options.timeBudgetSeconds: must be 10..86400, was " + o.timeBudgetSeconds());
    }
    if (o.models() != null) {
      for (String m : o.models()) {
        if (m == null || !MODEL_NAME.matcher(m).matches()) {
          errors.add("options.models: not a model name: " + m);
        } else if (!models.names().contains(m)) {
          errors.add("options.models: '" + m + "' is not configured (configured: " + models.names() + ")");
        }
      }
    }
    boolean hasSource = spec.source() != null && !spec.source().isBlank();
    if (hasSource && spec.path() != null) errors.add("source, path: give one, not both");
    if (!hasSource && spec.app() == null) errors.add("app: required unless source is given");
    if (!errors.isEmpty()) throw new InvalidRequestException(errors);
    AppConfig config = spec.app() == null ? null : apps.get(spec.app());
    List<Path> classPath = config == null ? List.of() : (checking ? List.of() : apps.classPath(config));
    if (hasSource) {
      Path tmp = writeSource(spec.source());
      return new Resolved(tmp, classPath, tmp);
    }
    Path root = Path.of(config.sourceRoot());
    if (spec.path() == null) {
      return new Resolved(root, classPath, null);
    }
    Path file;
    try {
      file = root.resolve(spec.path()).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new InvalidRequestException(List.of("path: invalid: " + e.getMessage()));
    }
    if (!file.startsWith(root) || !file.toString().endsWith(".java") || !Files.isRegularFile(file)) {
      throw new InvalidRequestException(List.of("path: must name an existing .java file inside the source root "
          + root + ", was " + spec.path()));
    }
    return new Resolved(file, classPath, null);
  }

  /** Writes one compilation unit to {@code <temp>/<package path>/<Type>.java}; returns that root. */
  private static Path writeSource(String source) {
    CompilationUnit cu = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source).getResult()
        .filter(u -> !u.getTypes().isEmpty())
        .orElseThrow(() -> new InvalidRequestException(List.of("source: not a Java compilation unit with a type")));
    String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    String type = cu.getTypes().stream().filter(t -> t.isPublic()).findFirst().orElse(cu.getTypes().get(0))
        .getNameAsString();
    try {
      Path root = Files.createTempDirectory("flamefix-source-");
      Path dir = pkg.isEmpty() ? root : root.resolve(pkg.replace('.', '/'));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(type + ".java"), source);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String now() {
    return Instant.ofEpochMilli(clock.millis()).toString();
  }
}
