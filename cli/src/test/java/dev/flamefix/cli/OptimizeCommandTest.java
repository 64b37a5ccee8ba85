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
  void acceptedCandidatePrintsDiffAndReportAndExitsZero(@TempDir Path dir) throws Exception {
    Path recorded = Files.write(dir.resolve("orders.ffrc"),
        RecordedOrders.bytes(RecordedOrders.renderReport("rec-1", "shop")));
    Run r = run("optimize", "--source", QuickPipeline.exampleSources().toString(),
        "--target", "dev.flamefix.examples.orders.OrderAnalytics#renderReport",
        "--classpath", QuickPipeline.exampleClasses().toString(), "--benchmark", "1,3,200,15,200",
        "--recorded", recorded.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("recipe:string-concat-in-loop: ACCEPTED")
        .contains("      replayed 2 recorded calls, 2 matched\n")
        .contains("+++ ").contains("StringBuilder").contains("\"accepted\" : true").contains("\"benchmark\"");
    assertThat(r.err()).contains("replaying 2 recorded call(s) of " + RecordedOrders.RENDER_REPORT);
  }

  @Test
  void anUnreadableRecordingIsAUsageError(@TempDir Path dir) throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.ffrc"), "not an envelope");
    Run r = run("optimize", "--source", QuickPipeline.exampleSources().toString(),
        "--target", "dev.flamefix.examples.orders.OrderAnalytics#renderReport", "--recorded", junk.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--recorded " + junk).contains("not a flamefix recording");
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
}
