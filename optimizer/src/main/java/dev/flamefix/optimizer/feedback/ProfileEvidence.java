package dev.flamefix.optimizer.feedback;

import java.util.List;

/**
 * What the production profile says about a target, for the feedback message: why this method is
 * worth the model's effort and where in it the time goes.
 *
 * @param selfShare the method's attributed self share of the application's CPU samples, 0..1;
 *     0 when unknown
 * @param hotLines the method's hottest source lines, hottest first; empty when the profile has
 *     no line numbers
 */
public record ProfileEvidence(double selfShare, List<HotLine> hotLines) {

  /** No profile evidence. */
  public static final ProfileEvidence NONE = new ProfileEvidence(0, List.of());

  public ProfileEvidence {
    if (selfShare < 0 || selfShare > 1) {
      throw new IllegalArgumentException("selfShare must be 0..1, was " + selfShare);
    }
    hotLines = List.copyOf(hotLines);
  }

  /** Evidence of a share only. */
  public static ProfileEvidence share(double selfShare) {
    return new ProfileEvidence(selfShare, List.of());
  }

  /** Whether there is anything to say. */
  public boolean known() {
    return selfShare > 0 || !hotLines.isEmpty();
  }

  /**
   * One hot line.
   *
   * @param line 1-based line in the original source file
   * @param share the line's share of the method's samples, 0..1
   */
  public record HotLine(int line, double share) {}
}
