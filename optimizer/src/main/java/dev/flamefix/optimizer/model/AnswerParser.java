package dev.flamefix.optimizer.model;

import dev.flamefix.optimizer.prompt.PromptBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls code out of a model answer (FasterPy's post-processing step): fenced blocks (```java or a
 * bare ```), in order; an opening fence that never closes yields the rest of the text marked
 * truncated; an answer with no fence at all is taken whole if it looks like Java.
 */
public final class AnswerParser {
  private static final Pattern FENCE = Pattern.compile("```[ \\t]*([A-Za-z0-9_+-]*)[ \\t]*\\r?\\n(.*?)```", Pattern.DOTALL);

  private AnswerParser() {}

  /**
   * The code found.
   *
   * @param blocks code blocks in answer order (Java-tagged or untagged ones only)
   * @param truncated the last block never closed
   */
  public record Extracted(List<String> blocks, boolean truncated) {}

  public static Extracted extract(String answer) {
    if (answer == null || answer.isBlank()) return new Extracted(List.of(), false);
    List<String> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(answer);
    int end = 0;
    while (m.find()) {
      String lang = m.group(1).toLowerCase();
      if (lang.isEmpty() || lang.equals("java")) blocks.add(PromptBuilder.withoutHotMarks(m.group(2)).strip());
      end = m.end();
    }
    String tail = answer.substring(end);
    int open = tail.indexOf("```");
    if (open >= 0) {
      String rest = tail.substring(open + 3);
      int nl = rest.indexOf('\n');
      String lang = nl < 0 ? rest.strip() : rest.substring(0, nl).strip().toLowerCase();
      if (lang.isEmpty() || lang.equals("java")) {
        blocks.add(nl < 0 ? "" : rest.substring(nl + 1).strip());
        return new Extracted(List.copyOf(blocks), true);
      }
    }
    if (blocks.isEmpty() && looksLikeJava(answer)) blocks.add(answer.strip());
    return new Extracted(List.copyOf(blocks), false);
  }

  private static boolean looksLikeJava(String text) {
    return text.contains("{") && text.contains("}") && (text.contains("class ") || text.matches("(?s).*\\b(public|private|protected|static)\\b.*\\(.*"));
  }
}
