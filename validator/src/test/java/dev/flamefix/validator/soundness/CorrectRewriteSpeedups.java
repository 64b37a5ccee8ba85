package dev.flamefix.validator.soundness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.support.Rewrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figure behind docs/validator.md's "which speed-ups the validator resolves": every correct
 * rewrite through the validator with {@link BenchmarkSettings#quick()}, written to {@code
 * target/correct-rewrite-speedups.md}. How many of the small (2-5x) speed-ups are accepted
 * depends on the machine's load, so this is a measurement, not part of the test command. Run:
 *
 * <pre>mvn -B -ntp -o -pl validator -am test -Dtest=CorrectRewriteSpeedups \
 *     -Dflamefix.figures=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "flamefix.figures", matches = "true")
class CorrectRewriteSpeedups {

  private static final Path OUT = Path.of("target/correct-rewrite-speedups.md");

  @Test
  void measureEveryCorrectRewrite() throws Exception {
    List<Rewrite> rewrites = CorrectRewrites.all();
    List<Verdict> verdicts =
        CorrectRewritesAreAcceptedTest.validate(rewrites, BenchmarkSettings.quick());
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "Load average at the end: %.1f on %d cores%n%n| rewrite | clearly faster | verdict |"
            + " speed-up (CPU) | original | candidate |%n|---|---|---|---|---|---|%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors()));
    int accepted = 0;
    for (int i = 0; i < rewrites.size(); i++) {
      Verdict v = verdicts.get(i);
      String name = rewrites.get(i).name();
      assertThat(v.benchmark()).as(name + ": " + v.reason()).isNotNull();
      PairResult p = v.benchmark().methods().get(0);
      assertThat(p.error()).as(name).isNull();
      accepted += v.accepted() ? 1 : 0;
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx | %.1f ± %.1f us/op |"
              + " %.1f ± %.1f us/op |%n", name,
          CorrectRewrites.CLEARLY_FASTER.contains(name) ? "yes" : "", v.accepted() ? "accepted"
              : "refused", p.speedup(), p.original().cpuScore(), p.original().cpuError(),
          p.candidate().cpuScore(), p.candidate().cpuError()));
    }
    table.append(String.format(Locale.ROOT, "%nAccepted: %d of %d.%n", accepted, rewrites.size()));
    Files.createDirectories(OUT.getParent());
    Files.writeString(OUT, table);
    System.out.println(table);
  }
}
