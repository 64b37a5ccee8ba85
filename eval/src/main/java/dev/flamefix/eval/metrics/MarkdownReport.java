package dev.flamefix.eval.metrics;

import java.util.List;
import java.util.Locale;

/** Renders evaluation reports as GitHub-flavoured markdown tables. */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** One row per run with the suite-level metrics; runtimes in microseconds. */
  public static String summaryTable(List<EvalReport> reports) {
    StringBuilder out = new StringBuilder();
    out.append("| Run | Model | Programs | Runtime_Mean (µs) | Pass@1 | %OPT | @Speedup | GeoMean speedup"
        + " | Wrong proposals | Already-fast untouched | Correct faster rejected |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (EvalReport r : reports) {
      MetricsSummary s = r.summary();
      out.append("| ").append(cell(r.run()))
          .append(" | ").append(cell(r.model()))
          .append(" | ").append(s.programs())
          .append(" | ").append(micros(s.runtimeMeanNs()))
          .append(" | ").append(ratio(s.pass1())).append(count(s.firstCandidatePassed(), s.attempted()))
          .append(" | ").append(ratio(s.percentOpt())).append(count(s.optimized(), s.programs()))
          .append(" | ").append(times(s.speedup()))
          .append(" | ").append(times(s.geoMeanSpeedup()))
          .append(" | ").append(s.wrongProposals())
          .append(" | ").append(s.alreadyFastUntouched()).append('/').append(s.alreadyFast())
          .append(" | ").append(s.correctFasterRejected())
          .append(" |\n");
    }
    return out.toString();
  }

  /** One row per program of one run. */
  public static String programTable(EvalReport report) {
    StringBuilder out = new StringBuilder();
    out.append("| Program | Kind | Candidates | First passed | Proposed | Correct | Original (µs)"
        + " | Result (µs) | Speedup |\n");
    out.append("|---|---|---:|---|---|---|---:|---:|---:|\n");
    for (ProgramOutcome o : report.programs()) {
      out.append("| ").append(cell(o.programId()))
          .append(" | ").append(o.kind().id())
          .append(" | ").append(o.candidates())
          .append(" | ").append(o.firstCandidatePassed() == null ? "–" : yesNo(o.firstCandidatePassed()))
          .append(" | ").append(yesNo(o.proposed()))
          .append(" | ").append(o.proposalCorrect() == null ? "–" : yesNo(o.proposalCorrect()))
          .append(" | ").append(micros(o.originalRuntimeNs()))
          .append(" | ").append(micros(o.optimizedRuntimeNs()))
          .append(" | ").append(times(o.speedup()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String count(int part, int whole) {
    return whole == 0 ? "" : " (" + part + "/" + whole + ")";
  }

  private static String ratio(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String times(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.2f×", value);
  }

  private static String micros(Double nanos) {
    return nanos == null ? "–" : String.format(Locale.ROOT, "%.1f", nanos / 1000.0);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  private static String cell(String text) {
    return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
  }
}
