package dev.flamefix.server.hotlines;

import dev.flamefix.optimizer.feedback.ProfileEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Which lines of a method count as hot: the few that hold most of its samples. Shared by the
 * source view and the optimizer's evidence so both name the same lines.
 */
public final class HotLines {

  /** At most this many lines are hot. */
  public static final int MAX_HOT = 3;
  /** A line needs this share of its method's samples to be hot. */
  public static final double MIN_SHARE = 0.05;

  private HotLines() {}

  /** The hot lines of a method's line counts, hottest first (ties: lower line first). */
  public static List<ProfileEvidence.HotLine> of(SortedMap<Integer, Long> lines) {
    long total = lines.values().stream().mapToLong(Long::longValue).sum();
    List<ProfileEvidence.HotLine> out = new ArrayList<>();
    if (total == 0) {
      return out;
    }
    lines.entrySet().stream()
        .sorted(Map.Entry.<Integer, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_HOT)
        .filter(e -> (double) e.getValue() / total >= MIN_SHARE)
        .forEach(e -> out.add(new ProfileEvidence.HotLine(e.getKey(), (double) e.getValue() / total)));
    return out;
  }

  /** Whether {@code line} is among {@link #of}. */
  public static boolean isHot(List<ProfileEvidence.HotLine> hot, int line) {
    return hot.stream().anyMatch(h -> h.line() == line);
  }
}
