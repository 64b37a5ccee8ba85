package dev.flamefix.validator.differential;

import dev.flamefix.validator.coverage.CoverageReport;
import dev.flamefix.validator.coverage.CoverageTracker;
import dev.flamefix.validator.coverage.reach.ComparedMethod;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs one {@link DifferentialTask} inside the child JVM: calls the original and the candidate on
 * the same generated inputs, compares everything observable, and shrinks the first difference.
 * Never run this in the host: it executes candidate code.
 */
final class DifferentialEngine {

  /** What the harness is doing right now, read by the exit hook to blame the right call. */
  static volatile String currentCall = "";

  private static final int SAMPLES = 5;
  private static final int SHRINK_BUDGET = 400;
  /** Clamped retries of one input on which the original did not return. */
  private static final int RESIZE_RETRIES = 4;
  /**
   * Inputs per method the original may fail to return on before they count as calls again (as
   * they did before inputs were resized), so a method whose original never returns still ends.
   */
  private static final int MAX_ORIGINAL_TIMEOUTS = 8;
  /**
   * Inputs per planned call a precondition may discard before generation stops: a precondition
   * that random inputs rarely satisfy still gets its share, one that nothing satisfies ends.
   */
  private static final int OUTSIDE_PER_CALL = 20;
  /** Fewest compared calls, as a share of the budget, for a method with a precondition to count as tested. */
  private static final int MIN_CALLS_DIVISOR = 10;
  /**
   * Wall-clock budget of the deep-input probe, per method: no size is started after it (the
   * comparison of the size under way finishes under the usual call limit).
   */
  private static final long PROBE_MILLIS = 4_000;
  /**
   * Longest growing call of the original: a recursion the probe is for returns on a few thousand
   * elements in milliseconds, and one that needs a second is too slow to grow further.
   */
  private static final long PROBE_CALL_MILLIS = 1_000;
  /** Halvings of the gap between the deepest size the original returned on and its overflow. */
  private static final int PROBE_HALVINGS = 3;
  private static final long PROBE_SALT = 0x5DEECE66DL;

  private final DifferentialTask task;
  private final Class<?> originalClass;
  private final Class<?> candidateClass;
  private final DeepComparator comparator;
  private final CallRunner runner;
  private final ValueGenerator.Dictionary dictionary;
  private final Counterparts candidateSide;
  private final ClassLoader loader;
  /** Reads the JaCoCo probes when the task asks for the coverage gate, else {@code null}. */
  private final CoverageTracker coverage;
  /** The methods under test: never used to build or drive receivers and arguments. */
  private List<Method> targets = List.of();
  /** Recorded production calls to replay after the generated inputs, or {@code null}. */
  private final RecordedInputs recorded;
  /** The methods compared so far, for the coverage gate's reachability proofs. */
  private List<MethodRun> compared = List.of();

  DifferentialEngine(DifferentialTask task, ClassLoader loader) throws ClassNotFoundException {
    this.task = task;
    this.loader = loader;
    this.coverage = task.coverageGate() ? CoverageTracker.start() : null;
    this.originalClass = Class.forName(task.originalClass(), false, loader);
    this.candidateClass = Class.forName(task.candidateClass(), false, loader);
    String suffix = task.candidateClass().substring(task.originalClass().length());
    this.comparator = new DeepComparator(task.relativeTolerance(), task.absoluteTolerance(), suffix);
    this.runner = new CallRunner(task.callTimeoutMillis());
    this.dictionary = ValueGenerator.Dictionary.of(task.strings(), task.numbers(),
          task.textCalls());
    this.candidateSide = Counterparts.of(originalClass, candidateClass);
    this.recorded = task.recordedCalls() == null ? null
        : RecordedInputs.read(task.recordedCalls(), loader);
  }

  DifferentialResult run() {
    DifferentialResult result = runMethods();
    return recorded == null ? result : result.withRecorded(recorded.report());
  }

  private DifferentialResult runMethods() {
    List<MethodReport> reports = new ArrayList<>();
    List<Method> methods = new ArrayList<>();
    List<Boolean> helpers = new ArrayList<>();
    try {
      for (String selector : task.methods()) {
        for (Method m : MethodSelector.resolve(originalClass, selector)) {
          methods.add(m);
          helpers.add(task.isHelper(selector));
        }
      }
    } catch (IllegalArgumentException e) {
      return failed(reports, "target method not found: " + e.getMessage());
    }
    targets = List.copyOf(methods);
    List<MethodRun> runs = new ArrayList<>();
    compared = runs;
    for (int index = 0; index < methods.size(); index++) {
      Method original = methods.get(index);
      Method candidate;
      try {
        candidate = MethodSelector.counterpart(candidateClass, original);
      } catch (IllegalArgumentException e) {
        return failed(reports, e.getMessage());
      }
      original.setAccessible(true);
      candidate.setAccessible(true);
      MethodRun run = new MethodRun(original, candidate, task.seed() + 7919L * index,
          helpers.get(index));
      runs.add(run);
      Counterexample found;
      try {
        found = run.execute();
        if (found == null && recorded != null && recorded.isFor(original)) {
          found = run.replayRecorded();
        }
        if (found == null) {
          found = run.probeDeep();
        }
      } catch (GenerationException e) {
        String why = "cannot generate inputs for " + MethodSelector.signature(original) + ": "
            + e.getMessage();
        if (run.helper) {
          // A helper is still exercised through the targets' calls, and the coverage gate checks
          // that those reach its changed lines.
          run.skipped = why;
          reports.add(run.report());
          continue;
        }
        reports.add(run.report());
        return failed(reports, why);
      }
      reports.add(run.report());
      if (found != null) {
        return new DifferentialResult(task.id(), outcome(found), false, task.seed(), reports, found,
            null);
      }
    }
    if (coverage == null) {
      return new DifferentialResult(task.id(), "COMPLETED", true, task.seed(), reports, null, null);
    }
    return gated(runs, reports);
  }

  /**
   * No difference on the plain budget: measures the coverage gate, and when it is not met runs
   * the coverage-guided search, whose differences are counterexamples like any other.
   */
  private DifferentialResult gated(List<MethodRun> runs, List<MethodReport> reports) {
    coverage.collect();
    CoverageReport report = gate();
    List<MethodRun> searchable = runs.stream().filter(r -> r.skipped == null).toList();
    if (report.gateMet() || !report.measured() || task.searchCalls() <= 0 || searchable.isEmpty()) {
      return new DifferentialResult(task.id(), "COMPLETED", true, task.seed(), reports, null,
          null, report);
    }
    CoverageSearch.Outcome search = new CoverageSearch(coverage, this::gate, task.searchCalls(),
        task.searchMillis()).run(List.copyOf(searchable), report);
    List<MethodReport> after = runs.stream().map(MethodRun::report).toList();
    CoverageReport last = search.coverage().withSearchCalls(search.calls());
    Counterexample found = search.counterexample();
    return new DifferentialResult(task.id(), found == null ? "COMPLETED" : outcome(found),
        found == null, task.seed(), after, found, null, last);
  }

  /** How the child must go on after {@code found}: a stuck or leaking JVM is replaced. */
  private static String outcome(Counterexample found) {
    return switch (found.kind()) {
      case "timeout" -> "TIMEOUT";
      case "out-of-memory" -> "OUT_OF_MEMORY";
      case "stack-overflow" -> "STACK_OVERFLOW";
      case "thread-leak" -> "THREAD_LEAK";
      default -> "COMPLETED";
    };
  }

  private CoverageReport gate() {
    List<ComparedMethod> originals = new ArrayList<>();
    List<ComparedMethod> candidates = new ArrayList<>();
    for (MethodRun run : compared) {
      // Only a target's own contract: a helper is also entered from the targets' code, with
      // whatever arguments they pass.
      if (run.precondition == null || run.helper) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Parameter p : run.original.getParameters()) {
        names.add(p.isNamePresent() ? p.getName() : null);
      }
      if (names.contains(null)) {
        continue;
      }
      String expression = run.precondition.expression();
      originals.add(new ComparedMethod(run.original.getName(),
          org.objectweb.asm.Type.getMethodDescriptor(run.original), names, expression));
      candidates.add(new ComparedMethod(run.candidate.getName(),
          org.objectweb.asm.Type.getMethodDescriptor(run.candidate), names, expression));
    }
    return coverage.report(loader, task.originalClass(),
        task.originalLines() == null ? List.of() : task.originalLines(), originals,
        task.candidateClass(),
        task.candidateLines() == null ? List.of() : task.candidateLines(), candidates);
  }

  private DifferentialResult failed(List<MethodReport> reports, String error) {
    return new DifferentialResult(task.id(), "COMPLETED", false, task.seed(), reports, null, error);
  }

  /** The calls for one target method. */
  private final class MethodRun implements CoverageSearch.Target {
    private final Method original;
    private final Method candidate;
    private final Random random;
    private final ValueGenerator generator;
    private final Receivers receivers;
    private final Type[] types;
    private int calls;
    private int edgeCalls;
    private int randomCalls;
    private int repeatCalls;
    private int originalThrew;
    private int searchCalls;
    private int originalTimeouts;
    private final InputScale scale = new InputScale();
    /** Whether an original's result leaves room for the comparison ({@link HeapRoom}). */
    private final HeapRoom heap = new HeapRoom();
    /** Inputs the original could not handle within the child's limits (time, stack, heap). */
    private int tooBig;
    private final List<String> samples = new ArrayList<>();
    private final List<List<Value>> corpus = new ArrayList<>();
    private final InputMutator mutator;
    private final boolean helper;
    /** Why this helper was not compared, or {@code null}. */
    private String skipped;
    /** The method's precondition, or {@code null}. */
    private final PreconditionGate precondition;
    private int outsidePrecondition;
    /** Seeds the deep-input probe's own generator, so the probe leaves this run's stream as it was. */
    private final long probeSeed;
    /** What the deep-input probe did, or {@code null} when it did not run. */
    private String deepProbe;

    MethodRun(Method original, Method candidate, long seed, boolean helper) {
      this.helper = helper;
      this.original = original;
      this.candidate = candidate;
      this.random = new Random(seed);
      this.probeSeed = seed ^ PROBE_SALT;
      this.generator = new ValueGenerator(random, dictionary);
      targets.forEach(generator::avoid);
      this.types = original.getGenericParameterTypes();
      this.mutator = new InputMutator(random, generator, dictionary);
      this.receivers = MethodSelector.isInstance(original)
          ? new Receivers(originalClass, candidateClass, candidateSide, task.receiverFactory()) : null;
      this.precondition = PreconditionGate.find(task.preconditions(), original, loader, runner);
    }

    /**
     * Whether {@code args} on {@code receivers} lie inside the method's precondition; checked on
     * copies of its own, before either side is called. Counts the inputs it discards.
     */
    private boolean admits(Pair receivers, List<Value> args) {
      return admits(receivers, materialize(args, Counterparts.IDENTITY));
    }

    private boolean admits(Pair receivers, Object[] args) {
      if (precondition == null || precondition.admits(receivers.original, args)) {
        return true;
      }
      outsidePrecondition++;
      return false;
    }

    MethodReport report() {
      return new MethodReport(MethodSelector.signature(original), calls, edgeCalls, randomCalls,
          repeatCalls, originalThrew, List.copyOf(samples), searchCalls, helper, skipped,
          precondition == null ? null : precondition.expression(), outsidePrecondition,
          PrimitiveShape.of(original), tooBig == 0 ? null : tooBig + " input(s) too big for the"
              + " original within the child's limits (no return in " + task.callTimeoutMillis()
              + " ms, stack or heap exhausted, or a result filling a third of the heap) were "
              + (scale.limited() ? "shrunk; later inputs kept to " + scale.describe()
                  : "dropped"), deepProbe);
    }

    Counterexample execute() {
      List<List<Value>> edgeInputs = edgeInputs();
      Pair receiverPair = null;
      List<String> episode = new ArrayList<>();
      int episodeLeft = 0;
      int target = Math.max(task.calls(), 1);
      for (int i = 0; calls < target; i++) {
        boolean edge = i < edgeInputs.size();
        List<Value> args;
        if (edge) {
          args = edgeInputs.get(i);
        } else {
          generator.beginCall();
          // Half the inputs of a method with a precondition from small numbers, which tight
          // numeric domains (pos + count <= 3) need.
          generator.smallNumbers(precondition != null && i % 2 == 1);
          args = new ArrayList<>();
          for (Type t : types) {
            args.add(generator.random(t));
          }
        }
        if (scale.limited()) {
          args = scale.clamp(args);
        }
        if (episodeLeft-- <= 0) {
          receiverPair = newReceivers();
          episode.clear();
          episodeLeft = random.nextInt(8);
        }
        if (!admits(receiverPair, args)) {
          if (outsidePrecondition > OUTSIDE_PER_CALL * target) {
            break;
          }
          continue;
        }
        if (samples.size() < SAMPLES && (i % 97 == 0 || i < 2)) {
          samples.add(render(args));
        }
        Object[] a = materialize(args, Counterparts.IDENTITY);
        Object[] b = materialize(args, candidateSide);
        Step step = step(receiverPair, a, b, render(args));
        // The original itself did not return (or overflowed its stack): the input is too big to
        // judge anything by. Clamp
        // it (and every later input) and retry; none of this counts against the candidate.
        for (int retry = 0; step.originalTimedOut && originalTimeouts < MAX_ORIGINAL_TIMEOUTS
            && retry < RESIZE_RETRIES && scale.tightenBelow(args); retry++) {
          originalTimeouts++;
          args = scale.clamp(args);
          receiverPair = newReceivers();
          episode.clear();
          if (!admits(receiverPair, args)) {
            break;
          }
          a = materialize(args, Counterparts.IDENTITY);
          b = materialize(args, candidateSide);
          step = step(receiverPair, a, b, render(args));
        }
        if (step.originalTimedOut && originalTimeouts < MAX_ORIGINAL_TIMEOUTS) {
          originalTimeouts++;
          episodeLeft = 0;
          continue;
        }
        keepIfNew(args);
        calls++;
        if (edge) {
          edgeCalls++;
        } else {
          randomCalls++;
        }
        if (step.originalTimedOut) {
          episodeLeft = 0;
          continue;
        }
        if (step.counterexample != null) {
          return minimize(step.counterexample, args, episode, receiverPair);
        }
        episode.add(MethodSelector.signature(original).replaceAll("\\(.*", "") + render(args));
        if (!step.original.threw() && !step.candidate.threw() && random.nextInt(4) == 0
            && calls < target) {
          String mutation = mutate(a, b);
          // The mutated arguments are checked as they are: the precondition must not change them.
          if (mutation != null && admits(receiverPair, a)) {
            Step again = step(receiverPair, a, b, render(args) + " " + mutation);
            calls++;
            repeatCalls++;
            if (again.counterexample != null) {
              return withHistory(again.counterexample, episode, receiverPair);
            }
            episode.add("(" + mutation + ", same objects) again");
          }
        }
      }
      int needed = Math.max(1, Math.min(50, target / MIN_CALLS_DIVISOR));
      if (precondition != null && calls < needed) {
        throw new GenerationException("only " + calls + " of " + (calls + outsidePrecondition)
            + " generated inputs satisfy the precondition " + precondition.expression()
            + " (at least " + needed + " needed to judge the method)");
      }
      return null;
    }

    /**
     * Runs each recorded production call on both sides with the same comparison as generated
     * inputs (no shrinking: the real values are the evidence). Calls that cannot be decoded or
     * that the original does not finish here are counted, never fatal.
     */
    Counterexample replayRecorded() {
      for (int k = 0; k < recorded.size(); k++) {
        RecordedInputs.Call call = recorded.decode(k, original, candidateSide, candidateClass);
        if (call == null) {
          continue;
        }
        Pair pair = new Pair(call.original()[0], call.candidate()[0], null, "");
        Step step = step(pair, call.arguments(false), call.arguments(true), call.rendered());
        if (step.originalTimedOut) {
          recorded.unjudged(k);
          continue;
        }
        recorded.replayed(step.counterexample == null);
        if (step.counterexample != null) {
          return step.counterexample;
        }
      }
      return null;
    }

    /**
     * The deep-input probe, after the plain budget, for a method that can recurse ({@link
     * Recursion}) and takes a String, array or collection: for each such argument growing alone
     * and then for all together ({@link DeepInputs}), sizes double from {@value
     * DeepInputs#FIRST} to {@value DeepInputs#CAP}; on each the original is called alone first,
     * and growth stops where it overflows its stack, throws, does not return within {@link
     * #PROBE_CALL_MILLIS} or fills the heap. Where it overflowed, {@link #PROBE_HALVINGS} halvings
     * of the gap to the deepest size it returned on follow, which takes that size to within an
     * eighth of the original's own depth limit. Every size the original returned on is then
     * compared like any other input. Random inputs reach such depths only by chance, so a
     * candidate whose bigger frames overflow the stack where the original returns (a memoised
     * recursion, suite {@code a10}) was caught or accepted by the seed's draw.
     *
     * <p>Both sides run on call threads of the same stack size in this JVM, and both are called
     * on every smaller size first: how deep a recursion gets depends on how far the JIT has
     * compiled it, and a candidate called cold on the original's deepest input would overflow
     * where a warmed one returns. All calls of one method's probe share {@link #PROBE_MILLIS}.
     */
    Counterexample probeDeep() {
      List<List<Integer>> combinations = DeepInputs.combinations(types);
      if (combinations.isEmpty()
          || !Recursion.reachable(original) && !Recursion.reachable(candidate)) {
        return null;
      }
      // A generator of its own: the plain run's stream (and the coverage search after it) stays
      // what it was without the probe.
      ValueGenerator own = new ValueGenerator(new Random(probeSeed), dictionary);
      targets.forEach(own::avoid);
      long deadline = System.nanoTime() + PROBE_MILLIS * 1_000_000L;
      List<String> notes = new ArrayList<>();
      for (List<Integer> growing : combinations) {
        DeepInputs inputs;
        Value plan;
        try {
          inputs = new DeepInputs(own, types, growing);
          plan = receivers == null ? null : receivers.plan(own);
        } catch (GenerationException e) {
          notes.add("cannot generate: " + e.getMessage());
          continue;
        }
        int deepest = 0;
        int failed = 0;
        Rung rung = null;
        for (int size = DeepInputs.FIRST; size <= DeepInputs.CAP; size *= 2) {
          rung = rung(inputs, size, plan, deadline);
          if (rung.stop != null || rung.found != null) {
            failed = size;
            break;
          }
          deepest = size;
        }
        for (int k = 0; k < PROBE_HALVINGS && rung != null && rung.overflowed && deepest > 0
            && rung.found == null; k++) {
          int size = deepest + (failed - deepest) / 2;
          Rung between = rung(inputs, size, plan, deadline);
          if (between.found != null) {
            rung = between;
            failed = size;
          } else if (between.stop == null) {
            deepest = size;
          } else if (between.overflowed) {
            failed = size;
          } else {
            break;
          }
        }
        if (rung != null && rung.found != null) {
          notes.add(inputs.describe() + " grown: the candidate differs at size " + failed
              + ", where the original returned");
          deepProbe = String.join("; ", notes);
          return rung.found;
        }
        notes.add(inputs.describe() + " grown: both sides returned alike up to size " + deepest
            + (rung == null || rung.stop == null ? " (the cap)"
                : " (the original " + rung.stop + " at " + failed + ")"));
      }
      deepProbe = notes.isEmpty() ? null : String.join("; ", notes);
      return null;
    }

    /**
     * One size of the probe: the original alone, then, if it returned, both sides compared.
     * {@code stop} says why the original is beyond this size (and {@code overflowed} whether by
     * its stack), {@code found} is a confirmed difference; both {@code null}: alike.
     */
    private Rung rung(DeepInputs inputs, int size, Value plan, long deadline) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return new Rung("was not called: the probe's time was spent", false, null);
      }
      List<Value> args;
      try {
        args = inputs.at(size);
      } catch (GenerationException e) {
        return new Rung("could not be given it (" + e.getMessage() + ")", false, null);
      }
      long millis = Math.min(PROBE_CALL_MILLIS, Math.min(task.callTimeoutMillis(), left));
      Pair pair = newReceivers(plan);
      if (precondition != null
          && !precondition.admits(pair.original, materialize(args, Counterparts.IDENTITY))) {
        return new Rung("was not called: the input lies outside its precondition", false, null);
      }
      Object[] a = materialize(args, Counterparts.IDENTITY);
      currentCall = "original " + MethodSelector.signature(original) + " with " + render(args);
      HeapRoom.Mark before = heap.mark();
      CallRunner.Outcome o = new CallRunner(millis, false).call(original, pair.original, a);
      currentCall = "";
      if (o.timedOut()) {
        return new Rung("did not return in " + millis + " ms", false, null);
      }
      if (o.threw()) {
        return new Rung("threw " + o.thrown().getClass().getName(),
            o.thrown() instanceof StackOverflowError, null);
      }
      if (heap.crowded(before)) {
        return new Rung("filled a third of the heap", false, null);
      }
      Step step = compareDeep(args, plan);
      if (step.counterexample != null) {
        return new Rung(null, false, step.counterexample);
      }
      return step.originalTimedOut ? new Rung("was too big to compare", false, null)
          : new Rung(null, false, null);
    }

    /**
     * Compares both sides on a probe input. A difference is confirmed on a second pair of calls
     * before it counts: the input may lie close to the original's own stack limit, where a
     * compilation finishing between two calls could tip a single one.
     */
    private Step compareDeep(List<Value> args, Value plan) {
      Step step = null;
      for (int round = 0; round < 2; round++) {
        Pair pair = newReceivers(plan);
        step = step(pair, materialize(args, Counterparts.IDENTITY),
            materialize(args, candidateSide), render(args));
        if (step.originalTimedOut || step.counterexample == null) {
          return step;
        }
        step = new Step(step.original, step.candidate,
            withHistory(step.counterexample, List.of(), pair), false);
      }
      return step;
    }

    /** Keeps {@code args} for the coverage-guided search when they reached new probes. */
    private void keepIfNew(List<Value> args) {
      if (coverage != null && coverage.collect()) {
        corpus.add(args);
      }
    }

    @Override
    public Type[] types() {
      return types;
    }

    @Override
    public List<List<Value>> corpus() {
      return corpus;
    }

    @Override
    public InputMutator mutator() {
      return mutator;
    }

    @Override
    public Counterexample trial(List<Value> args) {
      Pair fresh = newReceivers();
      if (!admits(fresh, args)) {
        return null;
      }
      String rendered = render(args);
      Step step = step(fresh, materialize(args, Counterparts.IDENTITY),
          materialize(args, candidateSide), rendered);
      calls++;
      searchCalls++;
      if (step.originalTimedOut || step.counterexample == null) {
        return null;
      }
      return minimize(step.counterexample, args, List.of(), fresh);
    }

    private List<List<Value>> edgeInputs() {
      List<List<Value>> out = new ArrayList<>();
      generator.beginCall();
      List<Value> typical = new ArrayList<>();
      for (Type t : types) {
        typical.add(generator.random(t));
      }
      // With each null, numbers of the other parameters at 1 as well: whether a null matters
      // can hang on a count being positive (repeat(null, n) is "" for n = 0 only).
      List<Value> ones = new ArrayList<>(typical);
      for (int p = 0; p < types.length; p++) {
        Object one = ValueGenerator.one(types[p]);
        if (one != null) {
          ones.set(p, new Value.Atom(one));
        }
      }
      for (int p = 0; p < types.length; p++) {
        for (Value edge : generator.edgeCases(types[p])) {
          List<Value> args = new ArrayList<>(typical);
          args.set(p, edge);
          out.add(args);
          if (edge instanceof Value.Null && !ones.equals(typical)) {
            List<Value> withOnes = new ArrayList<>(ones);
            withOnes.set(p, edge);
            out.add(withOnes);
          }
        }
      }
      if (types.length == 0) {
        out.add(List.of());
      }
      // Extremes of several parameters at once (MAX in an array with MIN as target, values that
      // cancel): the cross product, typical values where a parameter has no extremes.
      List<List<Value>> combos = new ArrayList<>();
      combos.add(new ArrayList<>());
      boolean any = false;
      for (int p = 0; p < types.length; p++) {
        List<Value> extremes = generator.extremes(types[p]);
        any |= extremes != null;
        List<Value> choices = extremes == null ? List.of(typical.get(p)) : extremes;
        List<List<Value>> next = new ArrayList<>();
        for (List<Value> prefix : combos) {
          for (Value v : choices) {
            List<Value> extended = new ArrayList<>(prefix);
            extended.add(v);
            next.add(extended);
          }
        }
        combos = next.size() > 60 ? next.subList(0, 60) : next;
      }
      if (any && types.length > 0) {
        out.addAll(0, combos);
      }
      // Leave at least half of the budget to random inputs.
      return out.size() > task.calls() / 2 ? out.subList(0, task.calls() / 2) : out;
    }

    private Pair newReceivers() {
      return receivers == null ? new Pair(null, null, null, "") : newReceivers(
          receivers.plan(generator));
    }

    /** Fresh receivers built the same way as {@code plan} (for replays while shrinking). */
    private Pair newReceivers(Value plan) {
      if (receivers == null) {
        return new Pair(null, null, null, "");
      }
      try {
        return new Pair(receivers.build(false, plan), receivers.build(true, plan), plan,
            receivers.describe(plan));
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new GenerationException("cannot build receivers with " + receivers.describe(plan)
            + ": " + e, e);
      }
    }

    private Step step(Pair receiversNow, Object[] a, Object[] b, String rendered) {
      String name = MethodSelector.signature(original);
      currentCall = "original " + name + " with " + rendered;
      HeapRoom.Mark before = heap.mark();
      CallRunner.Outcome o = runner.call(original, receiversNow.original, a);
      if (o.timedOut() || o.thrown() instanceof StackOverflowError
          || o.thrown() instanceof OutOfMemoryError || heap.crowded(before)) {
        // Out of time, stack or heap, or a result too big to hold twice and compare: the input
        // is beyond what the original can handle here, so what the candidate does with it
        // (compute the answer iteratively, say) proves nothing. The result is let go at once,
        // so it is not still alive while the next, smaller input runs.
        tooBig++;
        return new Step(new CallRunner.Outcome(null, o.thrown(), o.timedOut(), 0, o.nanos()),
            null, null, true);
      }
      if (o.threw()) {
        originalThrew++;
      }
      currentCall = "candidate " + name + " with " + rendered;
      CallRunner.Outcome c = runner.call(candidate, receiversNow.candidate, b);
      currentCall = "";
      if (c.timedOut() && o.nanos() > task.callTimeoutMillis() * 500_000L) {
        // The original needed over half the budget: a candidate as slow as it would time out
        // without being stuck, so the input is too big here as well.
        return new Step(o, c, null, true);
      }
      Counterexample found = compare(o, c, a, b, rendered);
      if (found == null && !c.timedOut() && receiversNow.original != null) {
        found = compareReceivers(receiversNow, o, c, rendered);
      }
      return new Step(o, c, found, false);
    }

    /**
     * The receivers' own state after the call: a rewrite that skips a side effect on a field
     * (a counter, a last-seen value) returns the same value but leaves the object different.
     * Fields only the candidate has (a cache it added) are not compared.
     */
    private Counterexample compareReceivers(Pair receiversNow, CallRunner.Outcome o,
        CallRunner.Outcome c, String rendered) {
      String d = comparator.difference(receiversNow.original, receiversNow.candidate);
      if (d == null) {
        return null;
      }
      return new Counterexample("difference", MethodSelector.signature(original),
          rendered, outcome(o, null) + "; receiver after: "
              + Render.object(receiversNow.original), outcome(c, null) + "; receiver after: "
              + Render.object(receiversNow.candidate), "receiver after the call: " + d, 0);
    }

    private Counterexample compare(CallRunner.Outcome o, CallRunner.Outcome c, Object[] a,
        Object[] b, String rendered) {
      String method = MethodSelector.signature(original);
      if (c.timedOut()) {
        return new Counterexample("timeout", method, rendered, outcome(o, null),
            "did not return within " + task.callTimeoutMillis() + " ms",
            "candidate never returned (infinite loop?)", 0);
      }
      if (c.leakedThreads() > o.leakedThreads()) {
        return new Counterexample("thread-leak", method, rendered, outcome(o, null),
            outcome(c, null) + "; left " + c.leakedThreads() + " thread(s) running",
            "candidate leaked threads", 0);
      }
      String oThrown = o.threw() ? comparator.normalize(o.thrown().getClass().getName()) : null;
      String cThrown = c.threw() ? comparator.normalize(c.thrown().getClass().getName()) : null;
      if (c.thrown() instanceof VirtualMachineError && !java.util.Objects.equals(oThrown, cThrown)) {
        String kind = c.thrown() instanceof OutOfMemoryError ? "out-of-memory"
            : c.thrown() instanceof StackOverflowError ? "stack-overflow" : "difference";
        return new Counterexample(kind, method, rendered, outcome(o, null), outcome(c, null),
            "candidate threw " + cThrown, 0);
      }
      String difference = null;
      if (!java.util.Objects.equals(oThrown, cThrown)) {
        difference = "thrown: " + (oThrown == null ? "nothing" : oThrown) + " vs "
            + (cThrown == null ? "nothing" : cThrown);
      } else if (!o.threw()) {
        String d = comparator.difference(o.returned(), c.returned());
        if (d != null) {
          difference = "returned " + d;
        }
      }
      if (difference == null) {
        for (int i = 0; i < a.length; i++) {
          String d = comparator.difference(a[i], b[i]);
          if (d != null) {
            difference = "argument " + i + " after the call: " + d;
            return new Counterexample("difference", method, rendered, outcome(o, a[i]),
                outcome(c, b[i]), difference, 0);
          }
        }
        return null;
      }
      return new Counterexample("difference", method, rendered, outcome(o, null),
          outcome(c, null), difference, 0);
    }

    private String outcome(CallRunner.Outcome o, Object argumentAfter) {
      String text;
      if (o.timedOut()) {
        text = "did not return";
      } else if (o.threw()) {
        text = "threw " + comparator.normalize(o.thrown().getClass().getName());
      } else if (original.getReturnType() == void.class) {
        text = "returned (void)";
      } else {
        text = "returned " + Render.object(o.returned());
      }
      return argumentAfter == null ? text : text + "; argument after: " + Render.object(argumentAfter);
    }

    /**
     * Shrinks a single-call counterexample: the arguments, then how the receiver was built and
     * driven (on receivers built the same way, so a state reached by mutators stays reached); keeps
     * the earlier calls when the difference needs them.
     */
    private Counterexample minimize(Counterexample first, List<Value> args, List<String> episode,
        Pair receiversUsed) {
      if (!"difference".equals(first.kind())) {
        return withHistory(first, List.of(), receiversUsed);
      }
      Value plan = receiversUsed.plan();
      Counterexample fresh = replay(args, plan);
      if (fresh == null) {
        return withHistory(first, episode, receiversUsed);
      }
      List<Value> best = new ArrayList<>(args);
      Counterexample bestExample = fresh;
      int steps = 0;
      int budget = SHRINK_BUDGET;
      boolean improved = true;
      while (improved && budget > 0) {
        improved = false;
        // Position args.size() is the receiver's plan, shrunk after the arguments.
        for (int p = 0; p <= best.size() && !improved && budget > 0; p++) {
          boolean receiver = p == best.size();
          if (receiver && plan == null) {
            break;
          }
          for (Value smaller : receiver ? plan.shrinks() : best.get(p).shrinks()) {
            if (budget-- <= 0) {
              break;
            }
            List<Value> trial = new ArrayList<>(best);
            if (!receiver) {
              trial.set(p, smaller);
            }
            Counterexample again;
            try {
              again = replay(trial, receiver ? smaller : plan);
            } catch (GenerationException e) {
              continue;
            }
            if (again != null && "difference".equals(again.kind())) {
              best = trial;
              plan = receiver ? smaller : plan;
              bestExample = again;
              steps++;
              improved = true;
              break;
            }
          }
        }
      }
      Counterexample shrunk = new Counterexample(bestExample.kind(), bestExample.method(),
          bestExample.arguments(), bestExample.originalOutcome(), bestExample.candidateOutcome(),
          bestExample.difference(), steps);
      return withHistory(shrunk, List.of(), plan == null ? receiversUsed
          : new Pair(null, null, plan, receivers.describe(plan)));
    }

    private Counterexample replay(List<Value> args, Value plan) {
      Pair fresh = newReceivers(plan);
      if (!admits(fresh, args)) {
        // A smaller input outside the precondition shows nothing about the contract.
        return null;
      }
      Step step = step(fresh, materialize(args, Counterparts.IDENTITY),
          materialize(args, candidateSide), render(args));
      return step.originalTimedOut ? null : step.counterexample;
    }

    /**
     * {@code found} with how its receiver was built and driven (when the method has one) and the
     * earlier calls of the method on it that the difference needed.
     */
    private Counterexample withHistory(Counterexample found, List<String> episode,
        Pair receiversUsed) {
      // A receiver from a constructor without arguments is the same every time: not worth a word.
      boolean plain = receiversUsed == null || receiversUsed.description().isEmpty()
          || receiversUsed.plan() instanceof Value.Constructed c && c.arguments().isEmpty();
      String on = plain ? "" : "receiver " + receiversUsed.description() + "; ";
      String history = episode.isEmpty() ? "" : "after calls on the same receiver: "
          + String.join("; ", episode) + "; then ";
      return new Counterexample(found.kind(), found.method(), on + history + found.arguments(),
          found.originalOutcome(), found.candidateOutcome(), found.difference(),
          found.shrinkSteps());
    }

    private String mutate(Object[] a, Object[] b) {
      for (int p = 0; p < a.length; p++) {
        Type type = types[p];
        Object x = a[p];
        Object y = b[p];
        if (x instanceof List<?> && ((List<?>) x).size() > 0 && random.nextBoolean()) {
          Value v = elementValue(type, 0);
          set((List<?>) x, v.materialize());
          set((List<?>) y, v.materialize(candidateSide));
          return "argument " + p + ".set(0, " + v.render() + ")";
        }
        if (x instanceof Collection<?>) {
          Value v = elementValue(type, 0);
          try {
            add((Collection<?>) x, v.materialize());
            add((Collection<?>) y, v.materialize(candidateSide));
          } catch (RuntimeException e) {
            return null;
          }
          return "argument " + p + ".add(" + v.render() + ")";
        }
        if (x instanceof Map<?, ?>) {
          Value k = elementValue(type, 0);
          Value v = elementValue(type, 1);
          try {
            put((Map<?, ?>) x, k.materialize(), v.materialize());
            put((Map<?, ?>) y, k.materialize(candidateSide), v.materialize(candidateSide));
          } catch (RuntimeException e) {
            return null;
          }
          return "argument " + p + ".put(" + k.render() + ", " + v.render() + ")";
        }
        if (x != null && x.getClass().isArray() && Array.getLength(x) > 0
            && !x.getClass().getComponentType().isArray()) {
          Type component = x.getClass().getComponentType();
          generator.beginCall();
          Value v = generator.random(component);
          Array.set(x, 0, v.materialize());
          Array.set(y, 0, v.materialize(candidateSide));
          return "argument " + p + "[0] = " + v.render();
        }
      }
      return null;
    }

    private Value elementValue(Type type, int index) {
      Type element = type instanceof ParameterizedType pt
          && pt.getActualTypeArguments().length > index ? pt.getActualTypeArguments()[index]
          : String.class;
      generator.beginCall();
      return generator.random(element);
    }

    @SuppressWarnings("unchecked")
    private void set(List<?> list, Object v) {
      ((List<Object>) list).set(0, v);
    }

    @SuppressWarnings("unchecked")
    private void add(Collection<?> c, Object v) {
      ((Collection<Object>) c).add(v);
    }

    @SuppressWarnings("unchecked")
    private void put(Map<?, ?> m, Object k, Object v) {
      ((Map<Object, Object>) m).put(k, v);
    }

    private Object[] materialize(List<Value> args, Counterparts side) {
      Object[] out = new Object[args.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = args.get(i).materialize(side);
      }
      return out;
    }

    private String render(List<Value> args) {
      StringBuilder out = new StringBuilder("(");
      for (int i = 0; i < args.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(args.get(i).render());
      }
      return out.append(')').toString();
    }
  }

  /** Receivers of both sides, built from {@code plan} ({@code null}: static, or a supplied factory). */
  private record Pair(Object original, Object candidate, Value plan, String description) {}

  /** One size of the deep-input probe ({@code MethodRun#rung}). */
  private record Rung(String stop, boolean overflowed, Counterexample found) {}

  /**
   * One compared call; {@code originalTimedOut}: the input was too big to judge by, because the
   * original did not return within the budget, ran out of stack or heap, or needed over half the
   * budget and the candidate then timed out.
   */
  private record Step(CallRunner.Outcome original, CallRunner.Outcome candidate,
      Counterexample counterexample, boolean originalTimedOut) {}
}
