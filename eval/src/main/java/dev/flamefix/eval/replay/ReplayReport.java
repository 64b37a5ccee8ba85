package dev.flamefix.eval.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The replay's report: every answer's pipeline outcome crossed with the driver's ground truth.
 * Its title says what it measures: the product pipeline on recorded answers, not a model's quality
 * under flamefix's prompt (the answers were written for other prompts, or by the set's authors).
 *
 * @param title what was run
 * @param command the command line
 * @param answers every answer's result
 */
public record ReplayReport(String title, String command, List<AnswerResult> answers) {

  /** What every replay report is, in its own words. */
  public static final String CAVEAT = "The product pipeline on recorded answers, not a model's quality under flamefix's prompt.";

  /** Copies the answers. */
  public ReplayReport {
    answers = List.copyOf(answers);
  }

  /** Answers the pipeline accepted although the driver shows them wrong (must be 0). */
  public long wrongAccepted() {
    return answers.stream().filter(AnswerResult::wrongAccepted).count();
  }

  /** Answers equivalent on their driver and faster. */
  public long equivalentFaster() {
    return answers.stream().filter(a -> a.truth() == GroundTruth.EQUIVALENT_FASTER).count();
  }

  /** Of the answers equivalent on their driver and faster, those accepted. */
  public long equivalentFasterAccepted() {
    return answers.stream().filter(a -> a.truth() == GroundTruth.EQUIVALENT_FASTER
        && a.outcome() == PipelineOutcome.ACCEPTED).count();
  }

  /** Counts per outcome and ground truth. */
  public Map<PipelineOutcome, Map<GroundTruth, Integer>> matrix() {
    Map<PipelineOutcome, Map<GroundTruth, Integer>> m = new EnumMap<>(PipelineOutcome.class);
    for (PipelineOutcome o : PipelineOutcome.values()) {
      Map<GroundTruth, Integer> row = new EnumMap<>(GroundTruth.class);
      for (GroundTruth t : GroundTruth.values()) {
        row.put(t, 0);
      }
      m.put(o, row);
    }
    answers.forEach(a -> m.get(a.outcome()).merge(a.truth(), 1, Integer::sum));
    return m;
  }

  /** The headline figures, the matrix and one row per answer. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n").append(CAVEAT).append("\n\n`").append(command).append("`\n\n");
    long ef = equivalentFaster();
    md.append(String.format(Locale.ROOT, "- answers: %d in %d task(s)%n", answers.size(),
        answers.stream().map(AnswerResult::task).distinct().count()));
    md.append(String.format(Locale.ROOT, "- **wrong accepted: %d** (must be 0)%n", wrongAccepted()));
    md.append(String.format(Locale.ROOT, "- equivalent on the driver and faster: %d, of which accepted: %d%s%n%n", ef,
        equivalentFasterAccepted(), ef == 0 ? "" : String.format(Locale.ROOT, " (%.0f%%)", 100.0 * equivalentFasterAccepted() / ef)));
    md.append("| Pipeline outcome \\ driver |");
    for (GroundTruth t : GroundTruth.values()) {
      md.append(' ').append(t.label()).append(" |");
    }
    md.append(" total |\n|---|");
    md.append("---:|".repeat(GroundTruth.values().length + 1)).append('\n');
    matrix().forEach((o, row) -> {
      int total = row.values().stream().mapToInt(Integer::intValue).sum();
      md.append("| ").append(o.label()).append(" |");
      row.values().forEach(n -> md.append(' ').append(n).append(" |"));
      md.append(' ').append(total).append(" |\n");
    });
    md.append("\n| Task | Answer | Pipeline | Validator speed-up | Driver | Driver speed-up | Judged source | Reason |\n");
    md.append("|---|---|---|---:|---|---:|---|---|\n");
    for (AnswerResult a : answers) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", a.task(), a.answer(),
          a.outcome().label(), a.validatorSpeedup() > 0 ? String.format(Locale.ROOT, "%.2f×", a.validatorSpeedup()) : "–",
          a.truth().label(), Double.isNaN(a.driverSpeedup()) ? "–" : String.format(Locale.ROOT, "%.2f×", a.driverSpeedup()),
          a.truthFrom(), cell(a.reason())));
    }
    return md.toString();
  }

  /** Writes the report as JSON. */
  public void writeJson(Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), Map.of(
        "title", title, "caveat", CAVEAT, "command", command, "wrongAccepted", wrongAccepted(),
        "equivalentFaster", equivalentFaster(), "equivalentFasterAccepted", equivalentFasterAccepted(),
        "answers", answers));
  }

  private static String cell(String s) {
    String flat = s == null ? "" : s.replace('\n', ' ').replace("|", "\\|");
    return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
  }
}
