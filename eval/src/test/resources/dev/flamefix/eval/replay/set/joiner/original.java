package replayset.text;

import java.util.List;

/** Comma-separated labels for a report header. */
public final class Joiner {
  private Joiner() {}

  /** The words separated by ", ". */
  public static String join(List<String> words) {
    String out = "";
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        out += ", ";
      }
      out += words.get(i);
    }
    return out;
  }
}
