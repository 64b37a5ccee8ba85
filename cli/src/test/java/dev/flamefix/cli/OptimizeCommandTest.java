package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.examples.orders.Order;
import dev.flamefix.examples.orders.OrderAnalytics;
import dev.flamefix.recording.CallCodec;
import dev.flamefix.recording.MethodKey;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.recording.Redaction;
import dev.flamefix.server.optimize.QuickPipeline;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Path recorded = dir.resolve("orders.ffrc");
    try (OutputStream out = Files.newOutputStream(recorded)) {
      recordedReports().writeTo(out);
    }
    Run r = run("optimize", "--source", QuickPipeline.exampleSources().toString(),
        "--target", "dev.flamefix.examples.orders.OrderAnalytics#renderReport",
        "--classpath", QuickPipeline.exampleClasses().toString(), "--benchmark", "1,3,200,15,200",
        "--recorded", recorded.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("recipe:string-concat-in-loop: ACCEPTED")
        .contains("      replayed 2 recorded calls, 2 matched\n")
        .contains("+++ ").contains("StringBuilder").contains("\"accepted\" : true").contains("\"benchmark\"");
    assertThat(r.err()).contains("replaying 2 recorded call(s) of"
        + " dev.flamefix.examples.orders.OrderAnalytics#renderReport(java.util.List)");
  }

  /** Two calls of renderReport as the agent would have recorded them. */
  private static RecordingBatch recordedReports() {
    CallCodec codec = CallCodec.recording(Redaction.of(List.of("cust-\\d+")), 64 * 1024);
    OrderAnalytics analytics = new OrderAnalytics();
    List<RecordedCall> calls = List.of(
        new RecordedCall(1L, codec.encode(analytics, new Object[] {List.of(
            new Order("o-1", "cust-17", "SKU-9", 3, 1299L))}).payload()),
        new RecordedCall(2L, codec.encode(analytics, new Object[] {new ArrayList<>(List.of(
            new Order("o-2", "cust-18", "SKU,with,commas", -1, 0L),
            new Order("o-3", "cust-19", "", 0, Long.MAX_VALUE)))}).payload()));
    return new RecordingBatch("rec-1", "shop", MethodKey.of("dev.flamefix.examples.orders.OrderAnalytics",
        "renderReport", "java.util.List"), RecordingBatch.Status.COMPLETED, "", 0, 0, 2, Map.of(), calls);
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
