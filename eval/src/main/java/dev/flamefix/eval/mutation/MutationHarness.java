package dev.flamefix.eval.mutation;

import dev.flamefix.eval.mutation.MutantGenerator.GeneratedMutant;
import dev.flamefix.eval.mutation.MutationReport.MutantResult;
import dev.flamefix.eval.mutation.MutationReport.RewriteResult;
import dev.flamefix.eval.mutation.MutationReport.Settings;
import dev.flamefix.eval.mutation.MutationReport.SubjectSummary;
import dev.flamefix.eval.mutation.MutationReport.Totals;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import dev.flamefix.validator.compile.ClassRenamer;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.InMemoryCompiler;
import dev.flamefix.validator.compile.Literals;
import dev.flamefix.validator.coverage.ChangedLines;
import dev.flamefix.validator.differential.DifferentialResult;
import dev.flamefix.validator.differential.DifferentialRunner;
import dev.flamefix.validator.differential.DifferentialTask;
import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Measures what the validator's differential stage alone catches: every PIT mutant of a
 * subject's target methods is handed to {@link DifferentialRunner} as a candidate against the
 * original, in sandboxed child JVMs, exactly as {@code Validator} hands it a renamed candidate
 * class (same task fields, literal dictionary of the original source, default tolerances). The
 * JMH stage is left out on purpose: most mutants are no faster and would fall to the speed rule,
 * which says nothing about whether differential testing would have caught them.
 *
 * <p>First-pass survivors are checked again with more calls and other seeds; those it kills are
 * wrong mutants the validator's default budget misses, those it does not are the candidates for
 * equivalence, left for a person to judge (the report lists each with its source line).
 */
public final class MutationHarness {

  private static final String SUFFIX = "__candidate";

  private final ValidationOptions validation;
  private final String mutators;
  private final int rerunCalls;
  private final List<Long> rerunSeeds;
  private final Sandbox sandbox;

  /**
   * @param validation calls, seed, call timeout, tolerances, heap and child time limit
   * @param mutators PIT mutator group ({@code DEFAULTS}, {@code STRONGER}, {@code ALL})
   * @param rerunFactor survivors are checked again with this many times the calls
   * @param rerunSeedCount with this many other seeds (0: no second check)
   */
  public MutationHarness(ValidationOptions validation, String mutators, int rerunFactor,
      int rerunSeedCount) {
    this.validation = validation;
    this.mutators = mutators;
    this.rerunCalls = validation.callsPerMethod() * rerunFactor;
    this.rerunSeeds = LongStream.rangeClosed(1, rerunSeedCount)
        .map(i -> validation.seed() + i).boxed().toList();
    this.sandbox = new Sandbox(validation.isolateNetwork() ? NetworkIsolation.detect()
        : NetworkIsolation.disabled("network isolation switched off by configuration"));
  }

  /** Runs every subject under {@code workDir}; {@code progress} gets one line per subject. */
  public MutationReport run(List<MutationSubject> subjects, Path workDir, String command,
      Consumer<String> progress) {
    long start = System.nanoTime();
    String started = Instant.now().toString();
    MutantGenerator generator = new MutantGenerator(mutators);
    List<SubjectSummary> summaries = new ArrayList<>();
    List<MutantResult> mutants = new ArrayList<>();
    List<RewriteResult> rewrites = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      MutationSubject s = subjects.get(i);
      long t0 = System.nanoTime();
      Path dir = workDir.resolve(String.format("%03d-%s", i, s.id()));
      SubjectSummary summary;
      try {
        summary = runSubject(s, dir, generator, mutants, rewrites, t0);
      } catch (RuntimeException e) {
        summary = new SubjectSummary(s.id(), s.className(), s.targets(), 0, 0, 0, 0, 0, 0,
            e.toString(), seconds(t0));
      } finally {
        if (!validation.keepWorkDir()) {
          deleteTree(dir);
        }
      }
      summaries.add(summary);
      progress.accept(String.format("[%d/%d] %s: %d mutants, %d killed, %d survived"
          + " (%d killed on rerun), %d unproven, %d not run%s, %d s", i + 1, subjects.size(),
          s.id(), summary.mutants(), summary.killed(), summary.survived(),
          summary.killedOnRerun(), summary.unproven(), summary.notRun(), summary.error() == null ? "" : ", error " + summary.error(),
          summary.seconds()));
    }
    Settings settings = new Settings(mutators, validation.callsPerMethod(), validation.seed(),
        rerunCalls, rerunSeeds, validation.callTimeout().toMillis(),
        "compile + differential (no project tests, no JMH)");
    return new MutationReport(command, settings, started, seconds(start),
        totals(summaries, mutants, rewrites), summaries, mutants, rewrites);
  }

  private SubjectSummary runSubject(MutationSubject s, Path dir, MutantGenerator generator,
      List<MutantResult> allMutants, List<RewriteResult> allRewrites, long t0) {
    Path originals = dir.resolve("original");
    Path candidates = dir.resolve("candidates");
    List<CompileError> errors = InMemoryCompiler.compile(s.sources(), List.of(), originals);
    if (!errors.isEmpty()) {
      return new SubjectSummary(s.id(), s.className(), s.targets(), 0, 0, 0, 0, 0, 0,
          "original does not compile: " + errors.get(0), seconds(t0));
    }
    String internal = s.className().replace('.', '/');
    List<GeneratedMutant> generated =
        generator.mutants(originals, s.className(), Set.copyOf(s.targets()));
    Map<String, byte[]> nested = nestedClasses(originals, internal);
    Literals literals = Literals.of(s.targets(), s.source());
    List<String> sourceLines = s.source().lines().toList();

    List<DifferentialTask> tasks = new ArrayList<>();
    for (int m = 0; m < generated.size(); m++) {
      String candidate = internal + SUFFIX + m;
      write(candidates, candidate,
          CandidateRenamer.rename(generated.get(m).bytes(), internal, candidate));
      for (Map.Entry<String, byte[]> n : nested.entrySet()) {
        write(candidates, CandidateRenamer.renamedName(n.getKey(), internal, candidate),
            CandidateRenamer.rename(n.getValue(), internal, candidate));
      }
      // Only the changed method is called, as the validator checks only a rewrite's targets.
      // PIT keeps the original's line table, so the mutated line is the changed line on both
      // sides, as the validator's coverage gate sees a rewrite's changed lines.
      List<Integer> changed = generated.get(m).line() >= 1
          ? List.of(generated.get(m).line()) : null;
      tasks.add(task(s.id() + "#m" + m, s.className(), candidate.replace('/', '.'),
          List.of(generated.get(m).target()), literals, validation.callsPerMethod(),
          validation.seed(), changed, changed));
    }
    Map<String, String> rewriteIds = new LinkedHashMap<>();
    Map<String, String> rewriteErrors = new LinkedHashMap<>();
    int r = 0;
    for (Map.Entry<String, String> rewrite : s.correctRewrites().entrySet()) {
      String simple = s.simpleName() + SUFFIX + "R" + r++;
      String binary = s.className().substring(0, s.className().length() - s.simpleName().length())
          + simple;
      String id = s.id() + "#" + rewrite.getKey();
      List<CompileError> rewriteCompile = InMemoryCompiler.compile(
          Map.of(binary, ClassRenamer.rename(rewrite.getValue(), s.simpleName(), simple)),
          List.of(originals), candidates);
      if (!rewriteCompile.isEmpty()) {
        rewriteErrors.put(rewrite.getKey(), "does not compile: " + rewriteCompile.get(0));
        continue;
      }
      rewriteIds.put(rewrite.getKey(), id);
      ChangedLines changed = ChangedLines.of(s.source(), rewrite.getValue());
      tasks.add(task(id, s.className(), binary, s.targets(),
          Literals.of(s.targets(), s.source(), rewrite.getValue()), validation.callsPerMethod(),
          validation.seed(), changed.original(), changed.candidate()));
    }

    List<Path> classPath = new ArrayList<>(List.of(originals, candidates));
    classPath.addAll(HarnessClassPath.runtime());
    Map<String, DifferentialResult> results = tasks.isEmpty() ? Map.of()
        : runner(1).run(tasks, classPath, dir.resolve("differential"));

    List<DifferentialTask> reruns = new ArrayList<>();
    for (DifferentialTask t : tasks) {
      if (t.id().contains("#m") && MutantOutcome.of(results.get(t.id())) == MutantOutcome.SURVIVED) {
        for (long seed : rerunSeeds) {
          reruns.add(task(t.id() + "@" + seed, t.originalClass(), t.candidateClass(), t.methods(),
              literals, rerunCalls, seed, t.originalLines(), t.candidateLines()));
        }
      }
    }
    Map<String, DifferentialResult> rerunResults = reruns.isEmpty() ? Map.of()
        : runner(Math.max(1, rerunCalls / validation.callsPerMethod()))
            .run(reruns, classPath, dir.resolve("rerun"));

    int killed = 0;
    int survived = 0;
    int unproven = 0;
    int notRun = 0;
    int killedOnRerun = 0;
    for (int m = 0; m < generated.size(); m++) {
      GeneratedMutant g = generated.get(m);
      String id = s.id() + "#m" + m;
      DifferentialResult result = results.get(id);
      MutantOutcome outcome = MutantOutcome.of(result);
      MutantOutcome rerun = null;
      String rerunEvidence = null;
      switch (outcome) {
        case KILLED -> killed++;
        case NOT_RUN -> notRun++;
        case UNPROVEN -> unproven++;
        case SURVIVED -> {
          survived++;
          rerun = rerunSeeds.isEmpty() ? null : MutantOutcome.SURVIVED;
          for (long seed : rerunSeeds) {
            DifferentialResult again = rerunResults.get(id + "@" + seed);
            MutantOutcome o = MutantOutcome.of(again);
            if (o != MutantOutcome.SURVIVED) {
              rerun = o;
              rerunEvidence = "seed " + seed + ", " + MutantOutcome.evidence(again);
              break;
            }
          }
          if (rerun == MutantOutcome.KILLED) {
            killedOnRerun++;
          }
        }
        default -> throw new IllegalStateException(outcome.toString());
      }
      String line = g.line() >= 1 && g.line() <= sourceLines.size()
          ? sourceLines.get(g.line() - 1).strip() : "";
      allMutants.add(new MutantResult(s.id(), id, g.method(), g.line(), g.mutator(),
          g.description(), line, outcome, MutantOutcome.kind(result),
          MutantOutcome.evidence(result), rerun, rerunEvidence));
    }
    rewriteErrors.forEach((label, why) ->
        allRewrites.add(new RewriteResult(s.id(), label, MutantOutcome.NOT_RUN, why)));
    rewriteIds.forEach((label, id) -> allRewrites.add(new RewriteResult(s.id(), label,
        MutantOutcome.of(results.get(id)), MutantOutcome.evidence(results.get(id)))));
    return new SubjectSummary(s.id(), s.className(), s.targets(), generated.size(), killed,
        survived, unproven, notRun, killedOnRerun, null, seconds(t0));
  }

  private DifferentialTask task(String id, String original, String candidate,
      List<String> methods, Literals literals, int calls, long seed, List<Integer> originalLines,
      List<Integer> candidateLines) {
    boolean gate = originalLines != null || candidateLines != null;
    return DifferentialTask.builder(id, original, candidate, methods)
        .calls(calls)
        .seed(seed)
        .tolerance(validation.relativeTolerance(), validation.absoluteTolerance())
        .callTimeoutMillis(validation.callTimeout().toMillis())
        .literals(literals.strings(), literals.numbers(), literals.calls())
        .changedLines(originalLines, candidateLines)
        .coverageSearch(gate ? validation.coverageSearchCalls() : 0,
            gate ? validation.coverageSearchTime().toMillis() : 0)
        .helperMethods(List.of())
        .messageStrings(literals.messages())
        .build();
  }

  /** A runner whose per-task wall-clock allowance grows with the calls asked of each task. */
  private DifferentialRunner runner(int callFactor) {
    return new DifferentialRunner(sandbox, validation.heapMegabytes(),
        validation.childTimeLimit().multipliedBy(callFactor));
  }

  private static Totals totals(List<SubjectSummary> subjects, List<MutantResult> mutants,
      List<RewriteResult> rewrites) {
    Map<MutantOutcome, Integer> byOutcome = new TreeMap<>();
    for (MutantOutcome o : MutantOutcome.values()) {
      byOutcome.put(o, 0);
    }
    Map<String, Integer> byKind = new TreeMap<>();
    int killedOnRerun = 0;
    int survivedRerun = 0;
    for (MutantResult m : mutants) {
      byOutcome.merge(m.outcome(), 1, Integer::sum);
      if (m.outcome() == MutantOutcome.KILLED) {
        byKind.merge(m.kind(), 1, Integer::sum);
      }
      if (m.rerun() == MutantOutcome.KILLED) {
        killedOnRerun++;
      } else if (m.rerun() == MutantOutcome.SURVIVED) {
        survivedRerun++;
      }
    }
    int passed = (int) rewrites.stream().filter(r -> r.outcome() == MutantOutcome.SURVIVED)
        .count();
    return new Totals(subjects.size(), mutants.size(), byOutcome, byKind, killedOnRerun,
        survivedRerun, rewrites.size(), passed);
  }

  /** The nested classes' files of {@code internal}, keyed by internal name. */
  private static Map<String, byte[]> nestedClasses(Path classes, String internal) {
    Path dir = classes.resolve(internal).getParent();
    String packagePath = internal.substring(0, internal.lastIndexOf('/') + 1);
    String prefix = internal.substring(packagePath.length()) + "$";
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".class")) {
          out.put(packagePath + name.substring(0, name.length() - ".class".length()),
              Files.readAllBytes(f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void write(Path root, String internalName, byte[] bytes) {
    Path file = root.resolve(internalName + ".class");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000_000L;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Scratch space: a leftover directory is harmless.
    }
  }
}
