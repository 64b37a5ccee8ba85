package dev.flamefix.validator.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which methods get the deep-input probe: those from which a call cycle in their nest is
 * reachable, read from the bytecode; a method that cannot recurse gets no probe (and costs no
 * time), even beside one that does.
 */
class RecursionTest {

  /** A ski-lift network: chairs, towers and a recursive walk over the towers. */
  static final class Lift {
    static int towersBelow(int[] heights, int i) {
      return i >= heights.length ? 0 : 1 + towersBelow(heights, i + 1);
    }

    static int tallest(int[] heights) {
      int best = 0;
      for (int h : heights) {
        best = Math.max(best, h);
      }
      return best;
    }

    /** Goes round through a nested type: Lift.span -> Cable.span -> Lift.span. */
    static int span(List<Integer> towers, int from) {
      return from >= towers.size() ? 0 : Cable.span(towers, from);
    }

    /** Recurses only through a lambda body (a synthetic method of this class). */
    static int chairs(List<List<Integer>> groups) {
      int[] total = {0};
      groups.forEach(g -> total[0] += g.size() + chairs(new ArrayList<>()));
      return total[0];
    }
  }

  static final class Cable {
    static int span(List<Integer> towers, int from) {
      return towers.get(from) + Lift.span(towers, from + 1);
    }
  }

  @Test
  void recursionDirectThroughTheNestOrThroughALambdaIsSeenAndAMethodWithoutItIsNot()
      throws NoSuchMethodException {
    assertThat(Recursion.reachable(method("towersBelow", int[].class, int.class))).isTrue();
    assertThat(Recursion.reachable(method("span", List.class, int.class))).isTrue();
    assertThat(Recursion.reachable(method("chairs", List.class))).isTrue();
    // Its class recurses elsewhere, but nothing it calls does: no probe.
    assertThat(Recursion.reachable(method("tallest", int[].class))).isFalse();
  }

  private static Method method(String name, Class<?>... types) throws NoSuchMethodException {
    return Lift.class.getDeclaredMethod(name, types);
  }
}
