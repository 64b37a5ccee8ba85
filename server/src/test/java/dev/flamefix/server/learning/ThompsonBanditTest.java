package dev.flamefix.server.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class ThompsonBanditTest {

  @Test
  void armsCountReviewRejectionsAsFailures() {
    StrategyArm a = StrategyArm.of("recipe:x", 10, 6, 2, 3, 4.0);
    assertThat(a.alpha()).isEqualTo(5.0); // 6 accepted - 2 rejected in review + 1
    assertThat(a.beta()).isEqualTo(7.0);  // 10 tried - 4 successes + 1
    assertThat(a.meanReward()).isEqualTo(0.4);
    assertThat(StrategyArm.untried("model:m").alpha()).isEqualTo(1.0);
    assertThat(StrategyArm.untried("model:m").beta()).isEqualTo(1.0);
  }

  @Test
  void aStrategyThatKeepsWorkingIsTriedFirstMostOfTheTime() {
    ThompsonBandit bandit = new ThompsonBandit(new Well19937c(42));
    Map<String, StrategyArm> arms = Map.of(
        "recipe:good", StrategyArm.of("recipe:good", 20, 18, 0, 0, 5),
        "model:bad", StrategyArm.of("model:bad", 20, 2, 0, 0, 1.2));
    int goodFirst = 0;
    for (int i = 0; i < 1000; i++) {
      List<String> order = bandit.order(List.of("model:bad", "recipe:good"), s -> s, arms);
      assertThat(order).containsExactlyInAnyOrder("model:bad", "recipe:good");
      if (order.get(0).equals("recipe:good")) goodFirst++;
    }
    assertThat(goodFirst).isGreaterThan(990);
  }

  @Test
  void anUntriedStrategyStillGetsExplored() {
    ThompsonBandit bandit = new ThompsonBandit(new Well19937c(7));
    Map<String, StrategyArm> arms = Map.of("recipe:ok", StrategyArm.of("recipe:ok", 10, 6, 0, 0, 2));
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < 2000; i++) {
      first.merge(bandit.order(List.of("recipe:ok", "model:new"), s -> s, arms).get(0), 1, Integer::sum);
    }
    // Beta(1,1) beats Beta(7,5) with probability ~0.42: explored often, yet the known arm leads.
    assertThat(first.get("model:new")).isBetween(600, 1100);
    assertThat(first.get("recipe:ok")).isGreaterThan(first.get("model:new"));
  }

  @Test
  void theOrderFollowsTheEvidenceAsItAccumulates() {
    ThompsonBandit bandit = new ThompsonBandit(new Well19937c(1));
    int aSuccess = 0;
    int aTried = 0;
    int bSuccess = 0;
    int bTried = 0;
    int aFirstLate = 0;
    // Strategy a succeeds 80% of the time, b 20%; each round tries the first of the bandit's order.
    java.util.Random world = new java.util.Random(3);
    for (int round = 0; round < 400; round++) {
      Map<String, StrategyArm> arms = Map.of("a", StrategyArm.of("a", aTried, aSuccess, 0, 0, 0),
          "b", StrategyArm.of("b", bTried, bSuccess, 0, 0, 0));
      String pick = bandit.order(List.of("b", "a"), s -> s, arms).get(0);
      boolean ok = world.nextDouble() < (pick.equals("a") ? 0.8 : 0.2);
      if (pick.equals("a")) { aTried++; if (ok) aSuccess++; } else { bTried++; if (ok) bSuccess++; }
      if (round >= 300 && pick.equals("a")) aFirstLate++;
    }
    assertThat(aFirstLate).isGreaterThan(90);
    assertThat(aTried).isGreaterThan(bTried * 5);
  }
}
