package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.optimize.QuickPipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code flamefix optimize}: exit 0 with the patch and report when accepted, 1 when not, 2 on usage errors. */
class OptimizeCommandTest {

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
  void acceptedCandidatePrintsDiffAndReportAndExitsZero() {
    Run r = run("optimize", "--source", QuickPipeline.exampleSources().toString(),
        "--target", "dev.flamefix.examples.orders.OrderAnalytics#renderReport",
        "--classpath", QuickPipeline.exampleClasses().toString(), "--benchmark", "1,3,200,15,200");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("recipe:string-concat-in-loop: ACCEPTED")
        .contains("+++ ").contains("StringBuilder").contains("\"accepted\" : true").contains("\"benchmark\"");
  }

  @Test
  void nothingAcceptedExitsOne(@TempDir Path dir) throws Exception {
    // Already efficient: no recipe fires, so there is nothing to validate and nothing accepted.
    Path file = dir.resolve("Plain.java");
    Files.writeString(file, "package p;\npublic class Plain {\n  public int twice(int x) { return 2 * x; }\n}\n");
    Run r = run("optimize", "--source", file.toString(), "--target", "p.Plain#twice");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
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
