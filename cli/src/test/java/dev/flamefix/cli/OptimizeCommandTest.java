package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.RecordedOrders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flamefix optimize}: each documented exit status (0 with the patch and report when
 * accepted, 1 when nothing was proven, 2 on bad input, 3 on errors), patches that {@code patch -p1}
 * applies in the {@code --source} directory whatever the layout, and what happened to every
 * generated candidate.
 */
class OptimizeCommandTest {
  private static final String RENDER_REPORT = "dev.flamefix.examples.orders.OrderAnalytics#renderReport";
  private static final String ORDER_ANALYTICS = "dev/flamefix/examples/orders/OrderAnalytics.java";

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = FlamefixCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void acceptedCandidatePrintsDiffAndReportAndExitsZero(@TempDir Path copy, @TempDir Path dir) throws Exception {
    Path recorded = Files.write(dir.resolve("orders.ffrc"),
        RecordedOrders.bytes(RecordedOrders.renderReport("rec-1", "shop")));
    Run r = run("optimize", "--source", QuickPipeline.exampleSources().toString(), "--target", RENDER_REPORT,
        "--classpath", QuickPipeline.exampleClasses().toString(), "--benchmark", "1,3,200,15,200",
        "--recorded", recorded.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(OptimizeCommand.PROPOSED);
    assertThat(r.out()).contains("recipe:string-concat-in-loop: ACCEPTED")
        .contains("      replayed 2 recorded calls, 2 matched\n")
        .contains("+++ ").contains("StringBuilder").contains("\"accepted\" : true").contains("\"benchmark\"");
    assertThat(r.err()).contains("replaying 2 recorded call(s) of " + RecordedOrders.RENDER_REPORT);
    // Maven layout, --source src/main/java: the diff names the file from there, and applies there
    // (in a copy, so the example stays as it is).
    String diff = PatchP1.printed(r.out());
    assertThat(PatchP1.target(diff)).isEqualTo(ORDER_ANALYTICS);
    assertPatchApplies(QuickPipeline.exampleSources().resolve(ORDER_ANALYTICS), copy.resolve(ORDER_ANALYTICS), copy, diff);
  }

  @Test
  void aPatchForANonMavenLayoutAppliesWithPatchP1InTheSourceDirectory(@TempDir Path dir) throws Exception {
    // app/src/<package path>: the layout of an Ant, Eclipse or Android-style project.
    Path sourceRoot = dir.resolve("app/src");
    Path file = sourceRoot.resolve(ORDER_ANALYTICS);
    Files.createDirectories(file.getParent());
    Files.copy(QuickPipeline.exampleSources().resolve(ORDER_ANALYTICS), file);
    Run r = run("optimize", "--source", sourceRoot.toString(), "--target", RENDER_REPORT,
        "--classpath", QuickPipeline.exampleClasses().toString(), "--benchmark", "1,3,200,15,200");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(OptimizeCommand.PROPOSED);

    String diff = PatchP1.printed(r.out());
    assertThat(PatchP1.target(diff)).isEqualTo(ORDER_ANALYTICS).doesNotContain("src/main/java");
    Path applied = dir.resolve("applied");
    assertPatchApplies(file, applied.resolve(ORDER_ANALYTICS), applied, diff);
  }

  /** Copies {@code original} to {@code copy} and applies {@code diff} with patch -p1 semantics in {@code root}. */
  private static void assertPatchApplies(Path original, Path copy, Path root, String diff) throws Exception {
    Files.createDirectories(copy.getParent());
    Files.copy(original, copy);
    String before = Files.readString(copy);
    String after = PatchP1.apply(root, diff);
    assertThat(after).isNotEqualTo(before).contains("StringBuilder");
    assertThat(com.github.difflib.DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()).isNotEmpty();
  }

  @Test
  void everyGeneratedCandidateIsAccountedForPerTarget(@TempDir Path dir) throws Exception {
    // The reported case: with a containsKey/get/put accumulation that a recipe rewrites and a
    // second target it does not (here one already written with merge), generation said "1
    // candidate(s) so far" for the second (the first's candidate) and validation then said "no
    // recipe fired", so a candidate seemed to vanish.
    Path file = dir.resolve("com/acme/Acc.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        package com.acme;

        import java.util.*;

        public class Acc {
          public static double sums(List<String> keys, double[] vals) {
            Map<String, Double> sums = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
              String k = keys.get(i);
              if (sums.containsKey(k)) {
                sums.put(k, sums.get(k) + vals[i]);
              } else {
                sums.put(k, vals[i]);
              }
            }
            double t = 0;
            for (double v : sums.values()) t += v;
            return t;
          }

          public static Map<String, Long> counts(List<String> words) {
            Map<String, Long> counts = new TreeMap<>();
            for (String w : words) {
              counts.merge(w, 1L, Long::sum);
            }
            return counts;
          }
        }
        """);
    // No time to validate: what is checked is what is said about each candidate.
    Run r = run("optimize", "--source", dir.toString(), "--target", "com.acme.Acc#sums", "--target", "com.acme.Acc#counts",
        "--time-budget", "0ms");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(OptimizeCommand.NOTHING_PROVEN);
    assertThat(r.err()).contains("com.acme.Acc#sums: 1 candidate(s) for this target")
        .contains("com.acme.Acc#counts: 0 candidate(s) for this target")
        .contains("no candidate for com.acme.Acc#counts: no recipe fired")
        .doesNotContain("so far");
    assertThat(r.out()).contains("== com.acme.Acc#sums: 1 candidate(s)")
        .contains("recipe:double-map-lookup: not validated: the time budget of 0 s was spent")
        .contains("== com.acme.Acc#counts: 0 candidate(s)");
  }

  @Test
  void nothingAcceptedExitsOne(@TempDir Path dir) throws Exception {
    // Already efficient: no recipe fires, so there is nothing to validate and nothing accepted.
    Path file = dir.resolve("Plain.java");
    Files.writeString(file, "package p;\npublic class Plain {\n  public int twice(int x) { return 2 * x; }\n}\n");
    Run r = run("optimize", "--source", file.toString(), "--target", "p.Plain#twice");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(OptimizeCommand.NOTHING_PROVEN).isEqualTo(1);
    assertThat(r.out()).contains("p.Plain#twice: 0 candidate(s)").doesNotContain("+++ ");
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
    assertThat(run("optimize", "--source", dir.resolve("missing.java").toString(), "--target", "a.B#c").exit()).isEqualTo(2);
    Run unknown = run("optimize", "--source", QuickPipeline.exampleSources().toString(),
        "--target", "dev.flamefix.examples.orders.OrderAnalytics#noSuch");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("noSuch");
    assertThat(run("optimize", "--source", dir.toString()).exit()).isEqualTo(2); // --target missing
    assertThat(run("optimize", "--source", dir.toString(), "--target", "a.B#c", "--benchmark", "fast").exit()).isEqualTo(2);
    assertThat(run("optimize", "--source", QuickPipeline.exampleSources().toString(), "--target", RENDER_REPORT,
        "--max-validations", "0").exit()).isEqualTo(OptimizeCommand.BAD_INPUT).isEqualTo(2);
    Path unreadable = Files.createDirectories(dir.resolve("bad/p")).resolve("Foo.java");
    Files.write(unreadable, new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xff, (byte) 0xfe});
    Run bad = run("optimize", "--source", dir.resolve("bad").toString(), "--target", "p.Foo#m");
    assertThat(bad.exit()).as(bad.err()).isEqualTo(2);
    assertThat(bad.err()).contains("cannot read");
  }

  @Test
  void aRunThatFailsForAnotherReasonThanItsInputExitsThree(@TempDir Path dir) throws Exception {
    // A model makes the run open the knowledge base, and --kb-dir is a file: the run fails, not the input.
    Path notADirectory = Files.writeString(dir.resolve("kb"), "");
    System.setProperty("flamefix.model.name", "unreachable");
    System.setProperty("flamefix.model.base-url", "http://127.0.0.1:9/v1");
    try {
      Run r = run("optimize", "--source", QuickPipeline.exampleSources().toString(), "--target", RENDER_REPORT,
          "--kb-dir", notADirectory.toString());
      assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(OptimizeCommand.ERROR).isEqualTo(3);
      assertThat(r.err()).contains("flamefix optimize: error: ");
    } finally {
      System.clearProperty("flamefix.model.name");
      System.clearProperty("flamefix.model.base-url");
    }
  }

  @Test
  void helpListsEveryExitStatus() {
    Run r = run("optimize", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Exit status:", "patch -p1 -d <source> < fix.diff");
    for (int status : new int[] {OptimizeCommand.PROPOSED, OptimizeCommand.NOTHING_PROVEN, OptimizeCommand.BAD_INPUT,
        OptimizeCommand.ERROR}) {
      assertThat(r.out()).containsPattern("(?m)^\\s+" + status + "\\s+\\S");
    }
    assertThat(r.out()).contains("a patch was proven for every target", "nothing proven", "bad input", "error");
  }

  @Test
  void anUnreadableRecordingIsAUsageError(@TempDir Path dir) throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.ffrc"), "not an envelope");
    Run r = run("optimize", "--source", QuickPipeline.exampleSources().toString(),
        "--target", RENDER_REPORT, "--recorded", junk.toString());
    assertThat(r.exit()).isEqualTo(OptimizeCommand.BAD_INPUT);
    assertThat(r.err()).contains("--recorded " + junk).contains("not a flamefix recording");
  }

  @Test
  void malformedAssumeIsAUsageErrorThatSaysWhy(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("Plain.java");
    Files.writeString(file, "package p;\npublic class Plain {\n  public int twice(int x) { return 2 * x; }\n}\n");
    Run unknownName = run("optimize", "--source", file.toString(), "--target", "p.Plain#twice", "--assume", "y > 0");
    assertThat(unknownName.exit()).isEqualTo(2);
    assertThat(unknownName.err()).contains("p.Plain#twice: the precondition of twice(int) names y, which is not a"
        + " parameter (parameters: x): y > 0");
    Run notBoolean = run("optimize", "--source", file.toString(), "--target", "p.Plain#twice", "--assume", "x + 1");
    assertThat(notBoolean.exit()).isEqualTo(2);
    assertThat(notBoolean.err()).contains("the precondition x + 1 does not compile: ").contains("incompatible types");
    Run unparsable = run("optimize", "--source", file.toString(), "--target", "p.Plain#twice", "--assume", "x >");
    assertThat(unparsable.exit()).isEqualTo(2);
    assertThat(unparsable.err()).contains("is not a Java expression: x >");
  }
}
