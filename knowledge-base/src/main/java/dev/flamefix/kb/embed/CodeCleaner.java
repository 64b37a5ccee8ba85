package dev.flamefix.kb.embed;

import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import java.util.Optional;

/**
 * Cleans code before text embedding: comments and Javadoc removed, layout normalised, so that two
 * snippets differing only in comments or formatting embed alike. Identifiers are kept: call and
 * type names ({@code contains}, {@code Pattern.compile}) carry the performance signal.
 */
public final class CodeCleaner {

  private CodeCleaner() {}

  /** The cleaned code; unparsable code has comments stripped lexically instead. */
  public static String clean(String code) {
    if (code == null) {
      return "";
    }
    Optional<Node> parsed = JavaSnippets.parse(code);
    String text = parsed.map(CodeCleaner::print).orElseGet(() -> stripComments(code));
    text = text.replace("class Snippet__ {", "").replaceAll("\\s+", " ").trim();
    if (parsed.isPresent() && text.endsWith("}") && !code.strip().endsWith("}")) {
      text = text.substring(0, text.length() - 1).trim();
    }
    return text;
  }

  private static String print(Node node) {
    DefaultPrinterConfiguration config = new DefaultPrinterConfiguration();
    config.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS));
    config.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));
    return new DefaultPrettyPrinter(config).print(node);
  }

  /**
   * Removes {@code //} and {@code /* *}{@code /} comments outside string and char literals; used
   * only when the code does not parse.
   */
  static String stripComments(String code) {
    StringBuilder out = new StringBuilder(code.length());
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      char next = i + 1 < n ? code.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        while (i < n && code.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && next == '*') {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && code.charAt(j) != c && code.charAt(j) != '\n') {
          j += code.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(j + 1, n);
        out.append(code, i, j);
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
