package dev.flamefix.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.eval.metrics.EvalReport;
import dev.flamefix.eval.metrics.MetricsJson;
import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.run.ResultsStore;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.EvalSuite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/** Argument handling, outputs and resume of {@code flamefix eval}, with a stand-in evaluator. */
class EvalCommandTest {

  @TempDir Path dir;

  private final List<String> evaluated = new ArrayList<>();
  private final Set<String> failOnce = new HashSet<>();
  private EvalCommand.RunConfig lastConfig;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    EvalCommand.EvaluatorFactory factory = (config, models, workDir, log, resources) -> {
      lastConfig = config;
      return program -> {
        evaluated.add(program.id());
        if (failOnce.remove(program.id())) {
          throw new IllegalStateException("child JVM died");
        }
        return ProgramOutcome.untouched(program.id(), program.kind(), 0, null, 1000);
      };
    };
    CommandLine cli = EvalCommand.commandLine(new EvalCommand(factory, env));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  /**
   * picocli treats help texts as format strings; a bare {@code %} (as in "%OPT") makes it print a
   * warning to stderr and show the text unformatted, on every {@code --help}.
   */
  @Test
  void helpTextsAreValidFormatStrings() {
    List<CommandLine> commands = new ArrayList<>();
    commands.add(EvalCommand.commandLine(new EvalCommand((config, models, workDir, log, resources) -> null, Map.of())));
    for (int i = 0; i < commands.size(); i++) {
      commands.addAll(commands.get(i).getSubcommands().values());
    }
    for (CommandLine c : commands) {
      List<String> texts = new ArrayList<>(List.of(c.getCommandSpec().usageMessage().description()));
      c.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
      for (String text : texts) {
        assertThat(String.format(text.replace("${DEFAULT-VALUE}", "x").replace("${COMPLETION-CANDIDATES}", "x")))
            .as(c.getCommandName() + ": " + text).isNotNull();
      }
    }
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("%OPT").doesNotContain("%%OPT");
  }

  @Test
  void interruptedRunResumesAndWritesJsonAndMarkdown() throws Exception {
    Path outDir = dir.resolve("run");
    failOnce.add("r03-payroll-audit");
    int first = run("--recipes-only", "--jmh", "quick", "--out", outDir.toString(),
        "--only", "r01-manifest-printer,r03-payroll-audit,f04-counter-sum");
    assertThat(first).isEqualTo(1);
    assertThat(err.toString()).contains("FAILED r03-payroll-audit").contains("child JVM died");
    assertThat(evaluated).containsExactly("r01-manifest-printer", "r03-payroll-audit", "f04-counter-sum");
    assertThat(new ResultsStore(outDir).outcomes()).hasSize(2);
    assertThat(lastConfig).isEqualTo(new EvalCommand.RunConfig("bundled", List.of(), true, "quick"));

    evaluated.clear();
    int second = run("--recipes-only", "--jmh", "quick", "--out", outDir.toString(),
        "--only", "r01-manifest-printer,r03-payroll-audit,f04-counter-sum");
    assertThat(second).isZero();
    assertThat(evaluated).containsExactly("r03-payroll-audit");

    List<EvalReport> reports = MetricsJson.fromJson(Files.readString(outDir.resolve("eval.json")));
    assertThat(reports).hasSize(1);
    EvalReport report = reports.get(0);
    assertThat(report.programs()).extracting(ProgramOutcome::programId)
        .containsExactly("r01-manifest-printer", "r03-payroll-audit", "f04-counter-sum");
    assertThat(report.summary().alreadyFastUntouched()).isEqualTo(1);
    assertThat(report.model()).contains("no model configured");
    assertThat(report.command()).contains("--recipes-only").contains("--jmh quick");
    String md = Files.readString(outDir.resolve("eval.md"));
    assertThat(md).contains("| Run | Model | Programs |").contains("r03-payroll-audit");
    assertThat(out.toString()).contains("recipes only, retrieval on, jmh quick");
  }

  @Test
  void resumingWithDifferentSettingsIsRefusedAndKeepsStoredOutcomes() throws Exception {
    Path outDir = dir.resolve("run");
    assertThat(run("--recipes-only", "--out", outDir.toString(), "--only", "f04-counter-sum")).isZero();
    int code = run("--recipes-only", "--no-retrieval", "--out", outDir.toString(), "--only", "f04-counter-sum");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("holds a run configured as");
    assertThat(new ResultsStore(outDir).outcomes()).extracting(ProgramOutcome::programId)
        .containsExactly("f04-counter-sum");
  }

  @Test
  void aSecondRunIntoTheSameDirectoryIsRefusedWhileTheFirstHoldsIt() throws Exception {
    Path outDir = dir.resolve("run");
    Files.createDirectories(outDir);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(outDir.resolve(".lock"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock held = ch.lock()) {
      assertThat(run("--recipes-only", "--out", outDir.toString(), "--only", "f04-counter-sum")).isEqualTo(2);
      assertThat(err.toString()).contains("is in use by another eval run");
      assertThat(evaluated).isEmpty();
    }
    assertThat(run("--recipes-only", "--out", outDir.toString(), "--only", "f04-counter-sum")).isZero();
    assertThat(evaluated).containsExactly("f04-counter-sum");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = EvalSuite.Split.class, names = {"HELDOUT", "HELDOUT2", "HELDOUT3", "HELDOUT4", "HELDOUT5", "HELDOUT6", "HELDOUT7"})
  void heldOutSplitIsEvaluatedApartFromTheDevelopmentSuite(EvalSuite.Split split) throws Exception {
    String label = split.label();
    Path heldOut = dir.resolve(label);
    assertThat(run("--split", label, "--recipes-only", "--jmh", "quick", "--out", heldOut.toString())).isZero();
    List<String> heldOutIds = EvalSuite.loadBundled(split).stream().map(EvalProgram::id).toList();
    assertThat(evaluated).hasSizeGreaterThanOrEqualTo(16).containsExactlyElementsOf(heldOutIds)
        .doesNotContain("r01-manifest-printer");
    assertThat(lastConfig.suite()).isEqualTo("bundled:" + label);
    EvalReport report = MetricsJson.fromJson(Files.readString(heldOut.resolve("eval.json"))).get(0);
    assertThat(report.run()).startsWith(label + " split, ");
    assertThat(report.command()).contains("--split " + label);

    // Outcomes of two splits never share an output directory.
    assertThat(run("--recipes-only", "--jmh", "quick", "--out", heldOut.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("holds a run configured as");

    assertThat(run("--split", label, "--suite", dir.toString(), "--out", dir.resolve("o").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--suite and --split exclude each other");
  }

  @Test
  void badArgumentsGetClearErrors() {
    assertThat(run("--out", dir.toString(), "--only", "no-such-program")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown program id(s) in --only: [no-such-program]");

    assertThat(run("--out", dir.toString(), "--jmh", "slow")).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid value for option '--jmh'").contains("but was 'slow'");

    assertThat(run("--out", dir.toString(), "--recipes-only", "--models", "m")).isEqualTo(2);
    assertThat(err.toString()).contains("--recipes-only and --models exclude each other");

    assertThat(run("--out", dir.toString(), "--models", "qwen")).isEqualTo(2);
    assertThat(err.toString()).contains("no model is configured");

    assertThat(run(Map.of("FLAMEFIX_MODEL_NAME", "llama", "FLAMEFIX_MODEL_BASE_URL", "http://127.0.0.1:9/v1"),
        "--out", dir.toString(), "--models", "qwen")).isEqualTo(2);
    assertThat(err.toString()).contains("the configured model is llama");

    assertThat(run("--suite", dir.resolve("missing").toString(), "--out", dir.resolve("o").toString()))
        .isNotZero();
    assertThat(evaluated).isEmpty();
  }

  @Test
  void configuredModelIsUsedWhenNotRecipesOnly() {
    int code = run(Map.of("FLAMEFIX_MODEL_NAME", "llama", "FLAMEFIX_MODEL_BASE_URL", "http://127.0.0.1:9/v1"),
        "--out", dir.toString(), "--models", "llama", "--no-retrieval", "--only", "f04-counter-sum");
    assertThat(code).isZero();
    assertThat(lastConfig).isEqualTo(new EvalCommand.RunConfig("bundled", List.of("llama"), false, "default"));
    assertThat(out.toString()).contains("recipe engine + llama").contains("retrieval off");
  }
}
