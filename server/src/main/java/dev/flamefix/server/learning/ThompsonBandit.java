package dev.flamefix.server.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Orders candidate strategies by Thompson sampling over Beta-Bernoulli arms.
 *
 * <p>Why a bandit: the third seed describes optimization as learning from measured rewards, with
 * exploration and exploitation over a discrete action space. For one hotspot the actions are the
 * candidate sources (each recipe, each model) and the reward is observable after the fact: 1 when
 * the validator accepted the candidate with a measured speed-up (and no reviewer rejected the
 * proposal), 0 otherwise. Which source to validate first is a single-step decision with a Bernoulli
 * reward, the setting Thompson sampling is made for: each arm keeps a Beta(successes + 1,
 * failures + 1) posterior, one draw per arm ranks them, so a strategy that keeps working is tried
 * first while rarely-tried ones still get a chance in proportion to their uncertainty. Unlike
 * UCB1 it needs no tuning constant and handles arms that appear late (a newly configured model
 * starts at the uniform prior).
 */
public final class ThompsonBandit {

  private final RandomGenerator random;

  /** A bandit with a random seed. */
  public ThompsonBandit() {
    this(new Well19937c());
  }

  /** A bandit drawing from {@code random} (seed it for reproducible tests). */
  public ThompsonBandit(RandomGenerator random) {
    this.random = random;
  }

  /**
   * Orders {@code items} by one posterior draw of their strategy's arm, highest first.
   *
   * @param strategyOf the strategy an item belongs to
   * @param arms known arms by strategy; strategies without an arm use the uniform prior
   */
  public synchronized <T> List<T> order(List<T> items, Function<T, String> strategyOf, Map<String, StrategyArm> arms) {
    record Drawn<T>(T item, double draw, int index) {}
    List<Drawn<T>> drawn = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      StrategyArm arm = arms.getOrDefault(strategyOf.apply(item), StrategyArm.untried(strategyOf.apply(item)));
      drawn.add(new Drawn<>(item, sample(arm), i));
    }
    drawn.sort(Comparator.<Drawn<T>>comparingDouble(d -> -d.draw()).thenComparingInt(Drawn::index));
    return drawn.stream().map(Drawn::item).toList();
  }

  /** One draw from the arm's Beta posterior. */
  public synchronized double sample(StrategyArm arm) {
    return new BetaDistribution(random, arm.alpha(), arm.beta()).sample();
  }
}
