package dev.flamefix.eval.mutation;

import dev.flamefix.eval.mutation.MutationReport.MutantResult;
import dev.flamefix.eval.mutation.MutationReport.RewriteResult;
import dev.flamefix.eval.mutation.MutationReport.Settings;
import dev.flamefix.eval.mutation.MutationReport.SubjectSummary;
import dev.flamefix.eval.mutation.MutationReport.Totals;
import java.util.List;
import java.util.Locale;

/** The markdown form of a {@link MutationReport}: totals, per-subject counts, every survivor. */
public final class MutationMarkdown {

  private MutationMarkdown() {}

  /** The whole report. */
  public static String of(MutationReport report) {
    StringBuilder md = new StringBuilder("# Mutation score of the validator's differential stage\n\n");
    md.append('`').append(report.command()).append("`\n\n");
    Settings s = report.settings();
    md.append(String.format(Locale.ROOT, "PIT mutators %s; %d calls per method, seed %d; "
            + "first-pass survivors checked again with %d calls per method and seeds %s; "
            + "call timeout %d ms; stages: %s. Started %s, wall time %d s.%n%n",
        s.mutators(), s.calls(), s.seed(), s.rerunCalls(), s.rerunSeeds(), s.callTimeoutMillis(),
        s.validatorStages(), report.started(), report.wallSeconds()));
    md.append(totals(report.totals())).append('\n');
    md.append("## Per subject\n\n| subject | targets | mutants | killed | survived | "
        + "killed on rerun | unproven | not run | s |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SubjectSummary x : report.subjects()) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %d |%n",
          x.id(), String.join(", ", x.targets()) + (x.error() == null ? "" : " (error: "
              + cell(x.error()) + ")"), x.mutants(), x.killed(), x.survived(),
          x.killedOnRerun(), x.unproven(), x.notRun(), x.seconds()));
    }
    md.append("\n## First-pass survivors\n\n`rerun`: KILLED = wrong, and the validator's default "
        + "budget missed it; SURVIVED = equivalent or missed by every check (judge by hand).\n\n"
        + "| subject | method | line | mutator | change | source line | rerun |\n"
        + "|---|---|---:|---|---|---|---|\n");
    for (MutantResult m : report.mutants()) {
      if (m.outcome() == MutantOutcome.SURVIVED) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | `%s` | %s |%n",
            m.subject(), m.method(), m.line(), m.mutator(), cell(m.description()),
            m.sourceLine().replace("|", "\\|").replace("`", "'"),
            m.rerun() == null ? "" : m.rerun() + (m.rerunEvidence() == null ? ""
                : ": " + cell(m.rerunEvidence()))));
      }
    }
    List<MutantResult> unproven = report.mutants().stream()
        .filter(m -> m.outcome() == MutantOutcome.UNPROVEN).toList();
    if (!unproven.isEmpty()) {
      md.append("\n## Unproven (no difference, but the coverage gate was not met: not accepted)"
          + "\n\n| subject | method | line | change | why |\n|---|---|---:|---|---|\n");
      unproven.forEach(m -> md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s |%n",
          m.subject(), m.method(), m.line(), cell(m.description()), cell(m.evidence()))));
    }
    List<MutantResult> notRun = report.mutants().stream()
        .filter(m -> m.outcome() == MutantOutcome.NOT_RUN).toList();
    if (!notRun.isEmpty()) {
      md.append("\n## Not run\n\n| subject | method | line | why |\n|---|---|---:|---|\n");
      notRun.forEach(m -> md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s |%n",
          m.subject(), m.method(), m.line(), cell(m.evidence()))));
    }
    md.append("\n## Correct rewrites (control)\n\n| subject | rewrite | outcome | evidence |\n"
        + "|---|---|---|---|\n");
    for (RewriteResult r : report.rewrites()) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", r.subject(), r.label(),
          r.outcome() == MutantOutcome.SURVIVED ? "let through" : r.outcome(),
          cell(r.evidence())));
    }
    return md.toString();
  }

  /** The totals table. */
  public static String totals(Totals t) {
    int killed = t.byOutcome().getOrDefault(MutantOutcome.KILLED, 0);
    int survived = t.byOutcome().getOrDefault(MutantOutcome.SURVIVED, 0);
    int notRun = t.byOutcome().getOrDefault(MutantOutcome.NOT_RUN, 0);
    int unproven = t.byOutcome().getOrDefault(MutantOutcome.UNPROVEN, 0);
    return String.format(Locale.ROOT, """
        | | count |
        |---|---:|
        | subjects (classes) | %d |
        | mutants of their target methods | %d |
        | killed by the first pass (rejected) | %d (%s) |
        | killed, by counterexample kind | %s |
        | survived the first pass (accepted by differential testing) | %d |
        | ... of which killed by the larger second check (wrong; missed at the default budget) | %d |
        | ... of which survived the second check too (equivalent, or missed) | %d |
        | unproven: no difference, but the mutated line never ran or its branch never went both ways (not accepted) | %d |
        | not accepted in all (killed + unproven) | %d (%s) |
        | could not be checked | %d |
        | correct rewrites let through by differential testing | %d / %d |
        """, t.subjects(), t.mutants(), killed, percent(killed, t.mutants() - notRun),
        t.killedByKind().toString().replaceAll("[{}]", "").replace("=", " "), survived,
        t.killedOnRerun(), t.survivedRerun(), unproven, killed + unproven,
        percent(killed + unproven, t.mutants() - notRun), notRun, t.rewritesPassed(),
        t.rewrites());
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% of those checked",
        100.0 * part / whole);
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
