package dev.flamefix.pipeline;

import dev.flamefix.optimizer.feedback.Feedback;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.coverage.CoverageReport;
import dev.flamefix.validator.differential.Counterexample;
import dev.flamefix.validator.differential.DifferentialResult;
import dev.flamefix.validator.tests.TestCaseResult;
import dev.flamefix.validator.tests.TestRunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a verdict on a model's candidate into the {@link Feedback} of the next round: the facts a
 * model needs to correct its answer, in its terms (its own source lines quoted, the validator's
 * internal {@code __candidate} class names removed).
 */
public final class VerdictFeedback {
  private static final int MAX_COMPILE_ERRORS = 5;
  private static final int MAX_QUOTED_LINES = 8;
  private static final int MAX_DETAIL = 1500;

  private VerdictFeedback() {}

  /**
   * The feedback on {@code verdict}.
   *
   * @param verdict a verdict that did not accept the candidate
   * @param candidateSource the candidate's patched file, whose lines compile errors and coverage
   *     refer to
   * @param evidence what the profile says about the target
   */
  public static Feedback of(Verdict verdict, String candidateSource, ProfileEvidence evidence) {
    List<String> details = new ArrayList<>();
    String[] lines = candidateSource.split("\n", -1);
    if (verdict.compile() != null && !verdict.compile().success()) {
      verdict.compile().errors().stream().limit(MAX_COMPILE_ERRORS)
          .forEach(e -> details.add(compileError(e, lines)));
    }
    TestRunResult tests = verdict.tests();
    if (tests != null && tests.ran() && !tests.passed()) {
      for (TestCaseResult t : tests.tests()) {
        if (t.status().equals("failed") || t.status().equals("error")) {
          details.add("failing test " + t.className() + "#" + t.name() + (t.message() == null ? "" : ": " + t.message()));
        }
      }
    }
    DifferentialResult d = verdict.differential();
    if (d != null && d.counterexample() != null) {
      details.addAll(counterexample(d.counterexample()));
    } else if (d != null && d.error() != null) {
      details.add("differential testing could not run: " + d.error());
    }
    if (d != null && d.coverage() != null && !d.coverage().gateMet()) {
      details.addAll(coverage(d.coverage(), lines));
    }
    if (verdict.benchmark() != null) {
      for (PairResult p : verdict.benchmark().methods()) {
        details.add(speed(p, verdict.benchmark()));
      }
    }
    return new Feedback(verdict.outcomeLabel(), plain(verdict.reason()), details.stream().map(VerdictFeedback::plain).toList(),
        evidence);
  }

  private static String compileError(CompileError e, String[] lines) {
    String where = e.side().equals("candidate") && e.line() >= 1 && e.line() <= lines.length
        ? "line " + e.line() + " `" + lines[(int) e.line() - 1].strip() + "`" : e.side() + " line " + e.line();
    return "compile error at " + where + ": " + e.message();
  }

  private static List<String> counterexample(Counterexample c) {
    List<String> out = new ArrayList<>();
    out.add("counterexample (" + c.kind() + "): " + c.method() + " called with " + c.arguments());
    out.add("the original: " + c.originalOutcome());
    out.add("your version: " + c.candidateOutcome());
    if (c.difference() != null && !c.difference().isBlank()) {
      out.add("first difference: " + c.difference());
    }
    return out;
  }

  private static List<String> coverage(CoverageReport coverage, String[] lines) {
    if (!coverage.measured() || coverage.candidate() == null) {
      return List.of("coverage: " + coverage.shortfall());
    }
    List<String> out = new ArrayList<>();
    CoverageReport.Side side = coverage.candidate();
    out.add("no generated input reached these changed lines of your version, so nothing shows they are right:");
    side.unreached().stream().limit(MAX_QUOTED_LINES).forEach(l -> out.add(quote(l, lines)));
    if (!side.halfTaken().isEmpty()) {
      out.add("branches no input took both ways in your version:");
      side.halfTaken().stream().limit(MAX_QUOTED_LINES).forEach(l -> out.add(quote(l, lines)));
    }
    return out;
  }

  private static String quote(int line, String[] lines) {
    return "line " + line + (line >= 1 && line <= lines.length ? " `" + lines[line - 1].strip() + "`" : "");
  }

  private static String speed(PairResult p, Verdict.Benchmark b) {
    String method = p.pair().signature();
    if (p.error() != null || p.original() == null || p.candidate() == null) {
      return method + ": no measurement (" + p.error() + ")";
    }
    return String.format(Locale.ROOT, "%s: original %.4f us/op, your version %.4f us/op (%s time): %.2fx; "
            + "accepted from %.2fx%s%s", method, p.original().score(p.metric()), p.candidate().score(p.metric()),
        p.metric().name().toLowerCase(Locale.ROOT), p.speedup(), b.minSpeedup(),
        b.requireNonOverlappingIntervals() ? " with non-overlapping 99.9% intervals" : "",
        p.intervalsOverlap() ? " (the intervals overlap)" : "");
  }

  /** Without the validator's internal class names, and not longer than the model needs. */
  private static String plain(String text) {
    String s = text == null ? "" : text.replaceAll("__candidate\\d*", "");
    return s.length() > MAX_DETAIL ? s.substring(0, MAX_DETAIL) + " …" : s;
  }
}
