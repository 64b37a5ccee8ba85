package dev.flamefix.server.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flamefix.kb.Case;
import dev.flamefix.server.appconfig.AppConfig;
import dev.flamefix.server.appconfig.AppConfigService;
import dev.flamefix.server.appconfig.ConflictException;
import dev.flamefix.server.appconfig.NotFoundException;
import dev.flamefix.server.learning.LearningService;
import dev.flamefix.server.optimize.OptimizeProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Creates proposals from accepted candidates (de-duplicated; an undecided one validated again is
 * refreshed), lists them and records reviews.
 */
@Service
public class ProposalService {
  private final ProposalRepository repository;
  private final LearningService learning;
  private final AppConfigService apps;
  private final OptimizeProperties properties;
  private final ObjectMapper json;
  private final Clock clock;

  public ProposalService(ProposalRepository repository, LearningService learning, AppConfigService apps,
      OptimizeProperties properties, ObjectMapper json, Clock clock) {
    this.repository = repository;
    this.learning = learning;
    this.apps = apps;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  /**
   * What an accepted candidate brings.
   *
   * @param app application or null
   * @param target target
   * @param className class
   * @param methodName method
   * @param source candidate source
   * @param speedup measured speed-up
   * @param diff unified diff
   * @param reportJson the verdict's JSON
   * @param evidence the verdict's key numbers
   * @param explanation the candidate's explanation
   * @param suggestions case ids in the prompt
   * @param category knowledge-base category for learning
   * @param hotspotShare the method's share of the app's CPU (0 when unknown)
   * @param originalSource original file
   * @param patchedSource patched file
   * @param jobId producing job
   */
  public record Draft(String app, String target, String className, String methodName, String source, double speedup,
      String diff, String reportJson, Evidence evidence, String explanation, List<String> suggestions, String category,
      double hotspotShare, String originalSource, String patchedSource, String jobId) {}

  /**
   * Stores a proposal for an accepted candidate. If the same job already proposed for the target
   * (it was taken over and rerun), that proposal is returned as it is. If the same app, target and
   * patched code was proposed before by another job, that proposal is returned too, and while it
   * is undecided it is first refreshed in place with this measurement (same id; see
   * {@link Proposal#refreshedWith}); a decided one is the reviewer's record and stays as decided.
   * {@code created} is false in both cases.
   */
  public Created create(Draft d) {
    String hash = patchHash(d.patchedSource());
    Optional<Created> earlier = earlier(d, hash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Proposal p = measured(UUID.randomUUID().toString(), d);
    try {
      repository.insert(document(p, d), hash);
      return new Created(p, true, false);
    } catch (DuplicateKeyException race) {
      return earlier(d, hash).orElseThrow();
    }
  }

  /** The job's own proposal for the target (a rerun after a takeover), else one with the same patch, refreshed. */
  private Optional<Created> earlier(Draft d, String hash) {
    Optional<StoredProposal> ofJob = d.jobId() == null ? Optional.empty() : repository.findByJob(d.jobId(), d.target());
    if (ofJob.isPresent()) {
      return Optional.of(new Created(ofJob.get().proposal(), false, false));
    }
    return repository.findByPatch(d.app(), d.target(), hash).map(s -> refresh(s, d));
  }

  /**
   * The earlier proposal of the same patch showing this measurement if it is still undecided. The
   * write is conditional on the status (as in {@link #decide}): a decision made since it was read
   * wins, and the proposal is answered as decided.
   */
  private Created refresh(StoredProposal earlier, Draft d) {
    if (earlier.proposal().status() != ProposalStatus.PROPOSED) {
      return new Created(earlier.proposal(), false, false);
    }
    Proposal next = earlier.proposal().refreshedWith(measured(earlier.proposal().id(), d));
    if (repository.update(document(next, d), ProposalStatus.PROPOSED)) {
      return new Created(next, false, true);
    }
    return new Created(get(next.id()), false, false);
  }

  /** The proposal this draft's measurement makes, under {@code id}, validated now. */
  private Proposal measured(String id, Draft d) {
    double cores = d.app() == null ? 0 : apps.find(d.app()).map(AppConfig::cores).orElse(0.0);
    Savings savings = Savings.estimate(d.hotspotShare(), cores, d.speedup(), properties.wattsPerCore());
    String at = now();
    return new Proposal(id, d.app(), d.target(), d.source(), ProposalStatus.PROPOSED, d.speedup(), d.diff(),
        parse(d.reportJson()), d.evidence(), d.explanation(), d.suggestions(), savings, at, null, null, d.jobId(), null,
        at, d.jobId());
  }

  /** {@code p} with what learning needs from the draft (the newest original and patched files). */
  private static StoredProposal document(Proposal p, Draft d) {
    return new StoredProposal(p, d.className(), d.methodName(), d.category(), d.originalSource(), d.patchedSource());
  }

  /**
   * A proposal and what this call did with it.
   *
   * @param proposal the proposal as stored now
   * @param created whether this call stored it
   * @param refreshed whether this call replaced an earlier undecided proposal's measurement with its own
   */
  public record Created(Proposal proposal, boolean created, boolean refreshed) {}

  public Proposal get(String id) {
    return stored(id).proposal();
  }

  public List<Proposal> list(String app, ProposalStatus status) {
    return repository.list(app, status, 500).stream().map(StoredProposal::proposal).toList();
  }

  /**
   * Records a reviewer's decision and writes it back: a strategy outcome, and on acceptance a
   * learned knowledge-base case with the measured rate.
   */
  public Proposal decide(String id, boolean accept, String comment) {
    StoredProposal s = stored(id);
    if (s.proposal().status() != ProposalStatus.PROPOSED) {
      throw new ConflictException("already_decided", "proposal " + id + " is already " + s.proposal().status());
    }
    // Claim the decision before learning, so a concurrent second decision (409) cannot leave a
    // learned case behind that no proposal points to.
    Proposal decided = s.proposal().decided(accept ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED, now(),
        comment, null);
    if (!repository.update(s.with(decided), ProposalStatus.PROPOSED)) {
      throw new ConflictException("already_decided", "proposal " + id + " was decided concurrently");
    }
    if (accept) {
      Case learned;
      try {
        learned = learning.learn(s.category(), s.className(), s.methodName(), s.originalSource(),
            s.patchedSource(), summary(s.proposal()), s.proposal().speedup(), 0);
      } catch (RuntimeException e) {
        repository.update(s, ProposalStatus.ACCEPTED); // as before: no decision without its case
        throw e;
      }
      decided = s.proposal().decided(ProposalStatus.ACCEPTED, decided.decidedAt(), comment, learned.id());
      repository.update(s.with(decided), ProposalStatus.ACCEPTED);
    }
    learning.reviewed(decided.source(), accept, decided.speedup(), decided.suggestions(), decided.target());
    return decided;
  }

  /** Savings summed over an app's proposals that are not rejected. */
  public AppSavings savings(String app) {
    List<Proposal> list = list(app, null).stream().filter(p -> p.status() != ProposalStatus.REJECTED).toList();
    Optional<AppConfig> config = apps.find(app);
    if (list.isEmpty() && config.isEmpty()) {
      throw new NotFoundException("unknown_app", "application '" + app + "' has no configuration and no proposals");
    }
    double coreHours = list.stream().mapToDouble(p -> p.savings() == null ? 0 : p.savings().coreHoursPerDay()).sum();
    double kwh = list.stream().mapToDouble(p -> p.savings() == null ? 0 : p.savings().kwhPerDay()).sum();
    return new AppSavings(app, config.map(AppConfig::cores).orElse(0.0), coreHours, kwh, list.size(),
        properties.wattsPerCore());
  }

  /**
   * {@code GET /api/apps/{app}/savings}.
   *
   * @param app application
   * @param cores configured cores
   * @param coreHoursPerDay summed over proposed and accepted proposals
   * @param kwhPerDay likewise
   * @param proposals how many proposals were summed
   * @param wattsPerCore the assumed power per core
   */
  public record AppSavings(String app, double cores, double coreHoursPerDay, double kwhPerDay, int proposals,
      double wattsPerCore) {}

  private static String summary(Proposal p) {
    String e = p.explanation() == null ? "" : p.explanation();
    return (e.length() > 500 ? e.substring(0, 500) : e) + " (learned from proposal " + p.id() + ", " + p.source() + ")";
  }

  private StoredProposal stored(String id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("unknown_proposal", "no proposal " + id));
  }

  private JsonNode parse(String report) {
    try {
      return json.readTree(report);
    } catch (Exception e) {
      return json.getNodeFactory().textNode(report);
    }
  }

  private String now() {
    return Instant.ofEpochMilli(clock.millis()).toString();
  }

  /** SHA-256 of the patched file with whitespace collapsed, so layout changes do not count. */
  static String patchHash(String patched) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(patched.replaceAll("\\s+", " ").trim().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
