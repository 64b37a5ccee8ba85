package dev.flamefix.optimizer.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * FasterPy's Algorithm 2 as SPEC §3 states it: keep the closest case; among the rest keep those
 * within {@code deltaS} of its similarity; if at least k-1 remain take the k-1 with the highest
 * rate, else all of them; return the closest followed by those.
 */
public final class SuggestionFilter {
  private SuggestionFilter() {}

  public static List<Suggestion> filter(List<Suggestion> topM, int k, double deltaS) {
    if (k <= 0 || topM.isEmpty()) return List.of();
    List<Suggestion> bySimilarity = new ArrayList<>(topM);
    bySimilarity.sort(Comparator.comparingDouble(Suggestion::similarity).reversed());
    if (bySimilarity.size() <= k) return List.copyOf(bySimilarity);
    Suggestion closest = bySimilarity.get(0);
    List<Suggestion> near = new ArrayList<>();
    for (Suggestion s : bySimilarity.subList(1, bySimilarity.size())) {
      if (s.similarity() >= closest.similarity() - deltaS) near.add(s);
    }
    List<Suggestion> out = new ArrayList<>();
    out.add(closest);
    if (near.size() < k - 1) {
      out.addAll(near);
    } else {
      near.sort(Comparator.comparingDouble(Suggestion::rate).reversed());
      out.addAll(near.subList(0, k - 1));
    }
    return List.copyOf(out);
  }
}
