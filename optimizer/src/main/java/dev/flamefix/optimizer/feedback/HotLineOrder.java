package dev.flamefix.optimizer.feedback;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts candidates whose rewrite touches a hot line first. The profile says where the time goes;
 * a rewrite that leaves those lines alone (say, a recipe that fired on a cold loop) is less likely
 * to pay, so it waits behind the ones that change them. The order among candidates of the same
 * kind (touching or not) stays as it was, so the strategy bandit's ranking still decides within.
 */
public final class HotLineOrder {

  private HotLineOrder() {}

  /**
   * The 1-based lines of {@code original} that {@code patched} changes or deletes; for an
   * insertion, the line it goes before (a hoist lands next to the code it replaces).
   */
  public static Set<Integer> changedLines(String original, String patched) {
    List<String> before = original.lines().toList();
    List<String> after = patched.lines().toList();
    Set<Integer> out = new HashSet<>();
    for (AbstractDelta<String> d : DiffUtils.diff(before, after).getDeltas()) {
      int pos = d.getSource().getPosition();
      if (d.getType() == DeltaType.INSERT) {
        out.add(pos + 1);
      } else {
        for (int i = 0; i < d.getSource().size(); i++) {
          out.add(pos + i + 1);
        }
      }
    }
    return out;
  }

  /** The summed share of the hot lines that {@code patched} changes in {@code original}, 0..1. */
  public static double coveredShare(ProfileEvidence evidence, String original, String patched) {
    if (evidence.hotLines().isEmpty()) {
      return 0;
    }
    Set<Integer> changed = changedLines(original, patched);
    return evidence.hotLines().stream()
        .filter(h -> changed.contains(h.line()))
        .mapToDouble(ProfileEvidence.HotLine::share)
        .sum();
  }

  /**
   * {@code items} with those that change a hot line first, hottest coverage first; the rest keep
   * their order behind them. Without hot lines the list is returned as it was.
   *
   * @param patchedOf the whole patched source of an item
   * @param original the source file the hot lines number
   */
  public static <T> List<T> hotFirst(
      List<T> items, ProfileEvidence evidence, String original, Function<T, String> patchedOf) {
    if (evidence.hotLines().isEmpty() || items.size() < 2) {
      return items;
    }
    List<Scored<T>> scored = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      scored.add(new Scored<>(item, coveredShare(evidence, original, patchedOf.apply(item)), i));
    }
    scored.sort(
        Comparator.comparing((Scored<T> s) -> s.covered > 0 ? 0 : 1)
            .thenComparing(s -> -s.covered)
            .thenComparingInt(s -> s.index));
    return scored.stream().map(s -> s.item).toList();
  }

  private record Scored<T>(T item, double covered, int index) {}
}
