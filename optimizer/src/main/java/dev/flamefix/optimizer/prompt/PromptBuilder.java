package dev.flamefix.optimizer.prompt;

import dev.flamefix.optimizer.OptimizerException;
import dev.flamefix.optimizer.feedback.Feedback;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.retrieval.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the SPEC §4 prompt from the template in {@code optimize-prompt.txt}: the cleaned code and
 * one {@code Applicability / Rate / summary} line per suggestion. Retrieved slow code is never part
 * of a {@link Suggestion}, so it cannot reach the prompt.
 */
public final class PromptBuilder {
  /** Classpath location of the default template. */
  public static final String DEFAULT_TEMPLATE = "/dev/flamefix/optimizer/prompt/optimize-prompt.txt";

  private final Map<String, String> sections;

  public PromptBuilder() {
    this(load(DEFAULT_TEMPLATE));
  }

  /** @param template text in the sectioned format of the default template */
  public PromptBuilder(String template) {
    this.sections = parse(template);
    // A template written before feedback rounds existed still gets the product's feedback message.
    if (!sections.containsKey("feedback")) {
      sections.put("feedback", parse(load(DEFAULT_TEMPLATE)).get("feedback"));
    }
    for (String required : List.of("system", "user", "suggestion", "no-suggestions")) {
      if (!sections.containsKey(required)) {
        throw new OptimizerException("prompt template lacks the [" + required + "] section");
      }
    }
  }

  public Prompt build(String cleanedCode, List<Suggestion> suggestions) {
    return build(cleanedCode, suggestions, Map.of());
  }

  /**
   * The prompt with, under each suggestion that has one, its case's learned rewrite template (the
   * abstract before/after with holes, never the case's code).
   *
   * @param templates template text by case id
   */
  public Prompt build(String cleanedCode, List<Suggestion> suggestions, Map<String, String> templates) {
    String lines =
        suggestions.isEmpty()
            ? sections.get("no-suggestions")
            : suggestions.stream().map(s -> line(s) + (templates.containsKey(s.caseId())
                ? "\n  Rewrite pattern ($-names are placeholders): " + templates.get(s.caseId()) : ""))
                .collect(Collectors.joining("\n"));
    String user = sections.get("user").replace("{{suggestions}}", lines).replace("{{code}}", cleanedCode.strip());
    return new Prompt(sections.get("system"), user);
  }

  /**
   * {@code code} with each of the evidence's hot lines marked by a trailing {@code // hot: 41% of
   * samples}. Hot lines are numbered in {@code originalSource}; the cleaned code is reformatted, so
   * a line is found by its text with blanks ignored (the first unmarked match). A hot line the
   * cleaning changed beyond that is listed after the code instead, so the model always learns it.
   */
  public String markHotLines(String code, ProfileEvidence evidence, String originalSource) {
    if (evidence.hotLines().isEmpty()) {
      return code;
    }
    String[] original = originalSource.split("\n", -1);
    String[] lines = code.split("\n", -1);
    boolean[] marked = new boolean[lines.length];
    List<String> unplaced = new java.util.ArrayList<>();
    for (ProfileEvidence.HotLine h : evidence.hotLines()) {
      String text = h.line() >= 1 && h.line() <= original.length ? original[h.line() - 1] : "";
      String key = squash(text);
      String mark = String.format(Locale.ROOT, "// hot: %.0f%% of samples", 100 * h.share());
      int at = -1;
      for (int i = 0; i < lines.length && at < 0 && !key.isEmpty(); i++) {
        if (!marked[i] && squash(lines[i]).equals(key)) {
          at = i;
        }
      }
      if (at >= 0) {
        lines[at] = lines[at] + "  " + mark;
        marked[at] = true;
      } else if (!key.isEmpty()) {
        unplaced.add(text.strip() + "  " + mark);
      }
    }
    String out = String.join("\n", lines);
    return unplaced.isEmpty() ? out : out + "\n// Also hot (as written in the original source):\n// "
        + String.join("\n// ", unplaced);
  }

  private static final java.util.regex.Pattern MARK_LINES = java.util.regex.Pattern.compile(
      "(?m)^[ \\t]*// (Also hot \\(as written in the original source\\):|.*// hot: \\d+% of samples)[ \\t]*\\r?\\n?");
  private static final java.util.regex.Pattern MARKS =
      java.util.regex.Pattern.compile("(?m)[ \\t]*// hot: \\d+% of samples[ \\t]*$");

  /**
   * {@code code} without the marks {@link #markHotLines} adds: a model that echoes them must not
   * put profile notes into the patch.
   */
  public static String withoutHotMarks(String code) {
    return MARKS.matcher(MARK_LINES.matcher(code).replaceAll("")).replaceAll("");
  }

  private static String squash(String line) {
    return line.replaceAll("\\s+", "");
  }

  /**
   * The user message of a feedback round: the verdict on the model's last answer, its details and
   * the profile evidence, hot lines quoted from {@code originalSource} (the file they number).
   */
  public String feedback(Feedback f, String originalSource) {
    String details = f.details().stream().map(d -> "- " + d).collect(Collectors.joining("\n"));
    return sections.get("feedback").replace("{{outcome}}", f.outcome()).replace("{{reason}}", f.reason())
        .replace("{{details}}", details).replace("{{evidence}}", evidence(f.evidence(), originalSource))
        .replaceAll("\n{2,}", "\n");
  }

  private static String evidence(ProfileEvidence e, String originalSource) {
    if (!e.known()) {
      return "";
    }
    StringBuilder out = new StringBuilder("Profile evidence:");
    if (e.selfShare() > 0) {
      out.append(String.format(Locale.ROOT, " this method takes %.1f%% of the application's CPU samples (self time).",
          100 * e.selfShare()));
    }
    String[] lines = originalSource.split("\n", -1);
    for (ProfileEvidence.HotLine h : e.hotLines()) {
      String text = h.line() >= 1 && h.line() <= lines.length ? lines[h.line() - 1].strip() : "";
      out.append(String.format(Locale.ROOT, "%n- %.0f%% of its samples on `%s`", 100 * h.share(), text));
    }
    return out.toString();
  }

  private String line(Suggestion s) {
    return sections
        .get("suggestion")
        .replace("{{similarity}}", String.format(Locale.ROOT, "%.2f", s.similarity()))
        .replace("{{rate}}", String.format(Locale.ROOT, "%.2f", s.rate()))
        .replace("{{summary}}", s.summary().replaceAll("\\s+", " ").strip());
  }

  private static Map<String, String> parse(String template) {
    Map<String, String> out = new HashMap<>();
    String current = null;
    StringBuilder body = new StringBuilder();
    for (String line : template.split("\n", -1)) {
      if (line.startsWith("#")) continue;
      if (line.matches("\\[[a-z-]+\\]")) {
        if (current != null) out.put(current, body.toString().strip());
        current = line.substring(1, line.length() - 1);
        body.setLength(0);
      } else if (current != null) {
        body.append(line).append('\n');
      }
    }
    if (current != null) out.put(current, body.toString().strip());
    return out;
  }

  private static String load(String resource) {
    try (InputStream in = PromptBuilder.class.getResourceAsStream(resource)) {
      if (in == null) throw new OptimizerException("prompt template " + resource + " missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OptimizerException("cannot read prompt template " + resource, e);
    }
  }
}
