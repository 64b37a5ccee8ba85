package dev.flamefix.server.optimize;

import dev.flamefix.validator.coverage.CoverageReport;
import dev.flamefix.validator.differential.RecordedReport;
import java.util.ArrayList;
import java.util.List;

/**
 * An optimization job as {@code GET /api/optimizations/{id}} shows it.
 *
 * @param id job id
 * @param app application or null
 * @param targets the targets
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param stage current stage: queued, optimize, validate, propose, done, failed
 * @param progress 0..1
 * @param events what happened, oldest first (at most {@link #MAX_EVENTS}; the oldest are dropped)
 * @param candidates every candidate, in validation order, with its verdict once validated
 * @param proposalId the first proposal the job produced (or found already proposed), or null
 * @param proposalIds every proposal of the job
 * @param error why the job failed
 * @param createdAt ISO-8601
 * @param updatedAt ISO-8601
 * @param attempts how many times the job was started (a restart resumes it once)
 * @param runMillis wall time spent running, over all attempts
 */
public record JobView(String id, String app, List<String> targets, JobStatus status, String stage, double progress,
    List<Event> events, List<CandidateView> candidates, String proposalId, List<String> proposalIds, String error,
    String createdAt, String updatedAt, int attempts, long runMillis) {

  /** Most events kept per job. */
  public static final int MAX_EVENTS = 400;

  public JobView {
    targets = List.copyOf(targets);
    events = events == null ? List.of() : List.copyOf(events);
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    proposalIds = proposalIds == null ? List.of() : List.copyOf(proposalIds);
  }

  /**
   * One progress event.
   *
   * @param at ISO-8601
   * @param stage stage
   * @param message one line
   */
  public record Event(String at, String stage, String message) {}

  /**
   * One candidate.
   *
   * @param target its target
   * @param source {@code recipe:<id>} or {@code model:<name>}
   * @param explanation what changed
   * @param changedMethods changed and added members
   * @param suggestions knowledge-base case ids in the prompt
   * @param verdict the validator's verdict, or null when not validated
   * @param proposalId the proposal made from it
   * @param round the feedback round that produced it: 0 for recipes and models' first answers
   */
  public record CandidateView(String target, String source, String explanation, List<String> changedMethods,
      List<String> suggestions, VerdictView verdict, String proposalId, int round) {
    public CandidateView withVerdict(VerdictView v) {
      return new CandidateView(target, source, explanation, changedMethods, suggestions, v, proposalId, round);
    }

    public CandidateView withProposal(String id) {
      return new CandidateView(target, source, explanation, changedMethods, suggestions, verdict, id, round);
    }
  }

  /**
   * The validator's verdict, summarised (the proposal carries the full report).
   *
   * @param accepted accepted
   * @param outcome ACCEPTED, REJECTED or UNPROVEN (inputs never reached the changed lines)
   * @param reason why
   * @param stageReached last stage run
   * @param speedup measured speed-up (0 when not benchmarked)
   * @param wallMillis validation time
   * @param counterexample the differential counterexample, when one was found
   * @param coverage how far the differential inputs reached into the changed lines (which lines an
   *     UNPROVEN verdict never ran), when measured
   * @param recorded what replaying recorded production calls did ({@code summary}: "replayed 12
   *     recorded calls, 12 matched"), when the target had recorded calls
   */
  public record VerdictView(boolean accepted, String outcome, String reason, String stageReached, double speedup, long wallMillis,
      String counterexample, CoverageReport coverage, RecordedReport recorded) {}

  JobView with(JobStatus s, String st, double p, String err) {
    return new JobView(id, app, targets, s, st, p, events, candidates, proposalId, proposalIds, err, createdAt,
        updatedAt, attempts, runMillis);
  }

  JobView withEvent(Event e, String now) {
    List<Event> ev = new ArrayList<>(events);
    ev.add(e);
    if (ev.size() > MAX_EVENTS) {
      ev = ev.subList(ev.size() - MAX_EVENTS, ev.size());
    }
    return new JobView(id, app, targets, status, stage, progress, ev, candidates, proposalId, proposalIds, error,
        createdAt, now, attempts, runMillis);
  }

  JobView withCandidates(List<CandidateView> c) {
    return new JobView(id, app, targets, status, stage, progress, events, c, proposalId, proposalIds, error,
        createdAt, updatedAt, attempts, runMillis);
  }

  JobView withProposal(String pid) {
    List<String> ids = new ArrayList<>(proposalIds);
    if (!ids.contains(pid)) ids.add(pid);
    return new JobView(id, app, targets, status, stage, progress, events, candidates, ids.get(0), ids, error,
        createdAt, updatedAt, attempts, runMillis);
  }

  JobView withAttempt(int a, long run) {
    return new JobView(id, app, targets, status, stage, progress, events, candidates, proposalId, proposalIds, error,
        createdAt, updatedAt, a, run);
  }
}
