package dev.flamefix.validator.differential;

import dev.flamefix.validator.coverage.CoverageReport;
import dev.flamefix.validator.coverage.CoverageTracker;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Supplier;

/**
 * The coverage-guided search that runs after the plain call budget when the coverage gate is not
 * met: keeps calling both sides with inputs mutated from those that reached new probes (see
 * {@link InputMutator}), keeping each input that reaches yet more, until the gate is met, a
 * difference shows up, or the extra budget of calls or time runs out. The target methods take
 * turns.
 */
final class CoverageSearch {

  /** One target method as the search sees it. */
  interface Target {
    /** The method's parameter types. */
    Type[] types();

    /** Inputs of this method that reached probes no earlier input did, oldest first. */
    List<List<Value>> corpus();

    /** Mutator drawing from this method's generator. */
    InputMutator mutator();

    /** Calls both sides on fresh receivers; the (shrunk) difference, or {@code null}. */
    Counterexample trial(List<Value> args);
  }

  /**
   * What the search did.
   *
   * @param counterexample a difference found, or {@code null}
   * @param calls inputs tried
   * @param coverage the gate after the last call
   */
  record Outcome(Counterexample counterexample, int calls, CoverageReport coverage) {}

  private final CoverageTracker tracker;
  private final Supplier<CoverageReport> gate;
  private final int maxCalls;
  private final long maxMillis;

  CoverageSearch(CoverageTracker tracker, Supplier<CoverageReport> gate, int maxCalls,
      long maxMillis) {
    this.tracker = tracker;
    this.gate = gate;
    this.maxCalls = maxCalls;
    this.maxMillis = maxMillis;
  }

  /** Searches from {@code start}, the gate's state after the plain budget. */
  Outcome run(List<Target> targets, CoverageReport start) {
    CoverageReport report = start;
    long deadline = System.nanoTime() + maxMillis * 1_000_000;
    int calls = 0;
    while (!report.gateMet() && calls < maxCalls && System.nanoTime() < deadline) {
      Target target = targets.get(calls % targets.size());
      List<Value> args;
      try {
        args = target.mutator().next(target.types(), target.corpus());
      } catch (GenerationException e) {
        calls++;
        continue;
      }
      Counterexample found = target.trial(args);
      calls++;
      if (found != null) {
        return new Outcome(found, calls, report);
      }
      if (tracker.collect()) {
        target.corpus().add(args);
        report = gate.get();
      }
    }
    return new Outcome(null, calls, report);
  }
}
