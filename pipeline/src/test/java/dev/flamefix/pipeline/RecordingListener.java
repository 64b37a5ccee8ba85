package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.validator.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A pipeline listener for tests: every call becomes one line of {@link #events} ("stage: message",
 * "candidates target n", "verdict target accepted", "round target r n"), and progress is checked
 * to stay within 0..1.
 */
class RecordingListener implements CandidatePipeline.Listener {
  final List<String> events = new ArrayList<>();

  @Override
  public void stage(String stage, double progress, String message) {
    assertThat(progress).isBetween(0.0, 1.0);
    events.add(stage + ": " + message);
  }

  @Override
  public void candidates(String target, List<Candidate> ordered) {
    events.add("candidates " + target + " " + ordered.size());
  }

  @Override
  public void verdict(String target, Candidate candidate, Verdict verdict) {
    events.add("verdict " + target + " " + verdict.accepted());
  }

  @Override
  public void feedbackCandidates(String target, int round, List<Candidate> added) {
    events.add("round " + target + " " + round + " " + added.size());
  }
}
