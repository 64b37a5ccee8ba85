package dev.flamefix.server.learning;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/strategies}: the bandit's state. */
@RestController
public class StrategyController {

  private final LearningService learning;

  public StrategyController(LearningService learning) {
    this.learning = learning;
  }

  /** The arms, most tried first, and how the order is chosen. */
  @GetMapping("/api/strategies")
  public Strategies strategies() {
    return new Strategies("thompson-sampling", "Beta(successes + 1, failures + 1) per candidate source; "
        + "success = accepted by the validator with a measured speed-up and not rejected in review",
        learning.arms());
  }

  /**
   * The answer.
   *
   * @param policy the bandit policy
   * @param reward what counts as a reward
   * @param arms one per strategy seen
   */
  public record Strategies(String policy, String reward, List<StrategyArm> arms) {}
}
