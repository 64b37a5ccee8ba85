package dev.flamefix.eval.replay;

import dev.flamefix.eval.baseline.WorkloadTimer;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.ProgramTester;
import dev.flamefix.eval.suite.SuiteFormatException;
import dev.flamefix.validator.benchmark.HarnessClassPath;
import dev.flamefix.validator.sandbox.ChildProfile;
import dev.flamefix.validator.sandbox.NetworkIsolation;
import dev.flamefix.validator.sandbox.ProcessResult;
import dev.flamefix.validator.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ground truth from a task's driver: an answer is equivalent when its {@code check()} gives the
 * original's output, and faster when the driver's workload runs at least {@link #MIN_SPEEDUP}
 * times faster than the original's in one JMH run. The driver and the answer run in sandboxed
 * child JVMs, never in this one.
 */
final class DriverJudge {
  /** The %OPT threshold of docs/evaluation.md. */
  static final double MIN_SPEEDUP = 1.1;
  private static final int HEAP_MEGABYTES = 512;
  private static final Duration CHECK_LIMIT = Duration.ofSeconds(60);

  /**
   * The driver's judgement of one answer.
   *
   * @param truth the classification
   * @param speedup original / answer time on the workload, NaN when not timed
   * @param note why, for the report
   */
  record Judgement(GroundTruth truth, double speedup, String note) {}

  private final WorkloadTimer.Settings timing;
  private final Sandbox sandbox = Sandbox.confined(NetworkIsolation.detect(), List.of());

  DriverJudge(WorkloadTimer.Settings timing) {
    this.timing = timing;
  }

  /**
   * Judges the answers of one task.
   *
   * @param sources answer name to the answer applied to the class; a null value gives UNKNOWN
   * @throws SuiteFormatException when the original does not build or its check fails
   */
  Map<String, Judgement> judge(ReplayTask task, Map<String, String> sources, Path workDir) {
    EvalProgram program = task.asProgram();
    String original = check(program, "0-original", task.originalSource(), workDir);
    if (!original.startsWith("ok\n")) {
      throw new SuiteFormatException(task.id() + ": the driver's check fails on the original: " + original);
    }
    Map<String, Judgement> out = new LinkedHashMap<>();
    List<ProgramTester.Version> timed = new ArrayList<>();
    timed.add(new ProgramTester.Version(program, "original", task.originalSource()));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      String name = e.getKey();
      if (e.getValue() == null) {
        out.put(name, new Judgement(GroundTruth.UNKNOWN, Double.NaN, "no applied source"));
        continue;
      }
      String got = check(program, "a-" + name, e.getValue(), workDir);
      if (got.startsWith("build\n")) {
        out.put(name, new Judgement(GroundTruth.DOES_NOT_BUILD, Double.NaN, firstLine(got.substring(6))));
      } else if (!got.equals(original)) {
        out.put(name, new Judgement(GroundTruth.WRONG, Double.NaN, difference(got, original)));
      } else {
        timed.add(new ProgramTester.Version(program, name, e.getValue()));
      }
    }
    if (timed.size() > 1) {
      time(timed, workDir, out);
    }
    Map<String, Judgement> ordered = new LinkedHashMap<>();
    sources.keySet().forEach(name -> ordered.put(name, out.get(name)));
    return ordered;
  }

  private void time(List<ProgramTester.Version> versions, Path workDir, Map<String, Judgement> out) {
    try {
      List<WorkloadTimer.Timing> timings = new WorkloadTimer(true).time(versions, timing, workDir.resolve("jmh"));
      double original = timings.get(0).scoreNs();
      for (int i = 1; i < timings.size(); i++) {
        double speedup = original / timings.get(i).scoreNs();
        out.put(versions.get(i).label(), new Judgement(speedup >= MIN_SPEEDUP ? GroundTruth.EQUIVALENT_FASTER
            : GroundTruth.EQUIVALENT_NOT_FASTER, speedup, "driver check equal"));
      }
    } catch (IllegalStateException e) {
      for (int i = 1; i < versions.size(); i++) {
        out.put(versions.get(i).label(), new Judgement(GroundTruth.UNKNOWN, Double.NaN,
            "equivalent, but timing the driver failed: " + firstLine(e.getMessage())));
      }
    }
  }

  /** {@code ok\n<output>}, {@code threw\n<class>}, {@code build\n<errors>} or how the child ended. */
  private String check(EvalProgram program, String label, String source, Path workDir) {
    Path dir = workDir.resolve("check").resolve(label.replaceAll("[^A-Za-z0-9._-]", "_"));
    Path classes = dir.resolve("classes");
    String errors = new ProgramTester.Version(program, label, source).compile(classes, true);
    if (!errors.isEmpty()) {
      return "build\n" + errors;
    }
    Path result = dir.resolve("result.txt");
    try {
      Files.deleteIfExists(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = Sandbox.javaCommand(HEAP_MEGABYTES, dir.resolve("tmp"),
        childClassPath(), DriverCheckMain.class.getName(),
        List.of(classes.toString(), program.workloadClassName(), result.toString()));
    ProcessResult p = sandbox.run(ChildProfile.NO_PROCESSES, command, dir.resolve("child"),
        List.of(classes), List.of(result), CHECK_LIMIT, Map.of());
    try {
      String text = Files.exists(result) ? Files.readString(result, StandardCharsets.UTF_8) : "";
      if (!text.isEmpty()) {
        return text;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.timedOut() ? "timed out\n" : "exit " + p.exitCode() + "\n" + firstLine(p.stderr());
  }

  private static List<Path> childClassPath() {
    return HarnessClassPath.locate(DriverCheckMain.class.getName());
  }

  private static String firstLine(String s) {
    String t = s == null ? "" : s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  /** Where the answer's check output first departs from the original's. */
  private static String difference(String got, String original) {
    int i = 0;
    while (i < got.length() && i < original.length() && got.charAt(i) == original.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 20);
    return "check differs at character " + i + ": ..." + abbreviate(got.substring(from)) + " vs original ..."
        + abbreviate(original.substring(from));
  }

  private static String abbreviate(String s) {
    String flat = s.replace('\n', ' ').strip();
    return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
  }
}
