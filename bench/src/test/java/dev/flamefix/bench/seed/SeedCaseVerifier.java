package dev.flamefix.bench.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Runs a case's slow and fast versions on the same inputs and lists every disagreement. */
final class SeedCaseVerifier {
  private SeedCaseVerifier() {}

  /** What one version did with one input: a value or a thrown exception. */
  private record Outcome(Object value, Throwable thrown) {
    static Outcome of(Supplier<Object> run) {
      try {
        return new Outcome(run.get(), null);
      } catch (Throwable t) {
        return new Outcome(null, t);
      }
    }

    boolean agreesWith(Outcome other) {
      if (thrown != null || other.thrown != null) {
        return thrown != null && other.thrown != null && thrown.getClass() == other.thrown.getClass();
      }
      return Objects.deepEquals(value, other.value);
    }

    @Override
    public String toString() {
      return thrown != null ? "threw " + thrown : "returned " + abbreviate(value);
    }
  }

  /** Disagreements of {@code c} on its representative input and all its edge inputs; empty if none. */
  static <I> List<String> disagreements(SeedCase<I> c) {
    List<String> problems = new ArrayList<>();
    check(c, "representative input", c.input(), c.input(), c.input(), c.input(), problems);
    List<I> forSlow = c.edgeInputs();
    List<I> forFast = c.edgeInputs();
    List<I> pristine = c.edgeInputs();
    List<I> fresh = c.edgeInputs();
    if (forSlow.isEmpty()) {
      problems.add(c.id() + ": no edge inputs");
    }
    for (int i = 0; i < forSlow.size(); i++) {
      String what = "edge input #" + i + " (" + abbreviate(pristine.get(i)) + ")";
      check(c, what, forSlow.get(i), forFast.get(i), pristine.get(i), fresh.get(i), problems);
    }
    return problems;
  }

  private static <I> void check(
      SeedCase<I> c, String what, I forSlow, I forFast, I pristine, I fresh, List<String> problems) {
    Outcome slow = Outcome.of(() -> c.slow(forSlow));
    Outcome fast = Outcome.of(() -> c.fast(forFast));
    if (!slow.agreesWith(fast)) {
      problems.add(c.id() + " on " + what + ": slow " + slow + " but fast " + fast);
    }
    // The benchmark reuses one input for every call, so neither version may change it. Checked
    // where the input type has value equality (two generated copies compare equal).
    if (Objects.deepEquals(pristine, fresh)) {
      if (!Objects.deepEquals(forSlow, pristine)) {
        problems.add(c.id() + " on " + what + ": slow version modified its input");
      }
      if (!Objects.deepEquals(forFast, pristine)) {
        problems.add(c.id() + " on " + what + ": fast version modified its input");
      }
    }
  }

  static String abbreviate(Object o) {
    String s;
    if (o instanceof Object[] a) {
      s = Arrays.deepToString(a);
    } else if (o instanceof int[] a) {
      s = Arrays.toString(a);
    } else if (o instanceof long[] a) {
      s = Arrays.toString(a);
    } else if (o instanceof double[] a) {
      s = Arrays.toString(a);
    } else {
      s = String.valueOf(o);
    }
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
