package dev.flamefix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FlamefixCommandTest {

  @TempDir Path dataDir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = FlamefixCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void withoutACommandItIsAUsageError() {
    Run r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing command").contains("serve").contains("hotspots");
  }

  @Test
  void evalIsASubcommandThatValidatesItsArguments() {
    Run help = run("eval", "--help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertThat(help.out()).contains("--recipes-only").contains("--no-retrieval").contains("--suite").contains("--split");
    Run bad = run("eval", "--jmh", "bogus", "--out", dataDir.resolve("eval").toString());
    assertThat(bad.exit()).isEqualTo(2);
    Run badSplit = run("eval", "--split", "tuned", "--out", dataDir.resolve("eval").toString());
    assertThat(badSplit.exit()).isEqualTo(2);
    assertThat(badSplit.err()).contains("--split").contains("HELDOUT");
  }

  @Test
  void measureSeedsIsAKnowledgeBaseSubcommandThatValidatesItsArguments() {
    Run help = run("kb", "measure-seeds", "--help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertThat(help.out()).contains("--only").contains("--write");
    Run unknown = run("kb", "measure-seeds", "--no-such-option");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--no-such-option");
  }

  @Test
  void serveTurnsItsOptionsIntoSpringArguments() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs("--port", "9090", "--data-dir", "/var/lib/flamefix", "--spring.datasource.url=jdbc:postgresql://db/ff");
    assertThat(serve.springArguments())
        .containsExactly(
            "--server.port=9090",
            "--flamefix.data-dir=/var/lib/flamefix",
            "--spring.datasource.url=jdbc:postgresql://db/ff");
  }

  @Test
  void serveStartsTheServerOnTheGivenDataDir() {
    try (var context =
        ServeCommand.start(
            List.of("--server.port=0", "--server.address=127.0.0.1", "--flamefix.data-dir=" + dataDir))) {
      assertThat(context.isActive()).isTrue();
      assertThat(dataDir.resolve("flamefix.mv.db")).exists();
    }
  }

  @Test
  void hotspotsPrintsTheRankingAsATable() {
    long t0 = System.currentTimeMillis() / 1000 - 120;
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      server.ingest(ShopProfiles.query("cli", t0), TestServer.gzip(ShopProfiles.BASE));
      Run r = run("hotspots", "--server", server.baseUrl(), "--app", "cli", "--from", "now-10m");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out())
          .contains("Hotspots of cli (cpu, 100 samples in 1 windows")
          .containsPattern("1\\s+70\\.0%\\s+70\\.0%\\s+STABLE\\s+com\\.acme\\.shop\\.Pricing#slowTotal")
          .containsPattern("2\\s+30\\.0%\\s+30\\.0%\\s+STABLE\\s+com\\.acme\\.shop\\.Report#render");

      Run unknown = run("hotspots", "--server", server.baseUrl(), "--app", "nope");
      assertThat(unknown.exit()).isEqualTo(1);
      assertThat(unknown.err()).contains("HTTP 404");
    }
  }
}
