package replayset.names;

import java.util.ArrayList;
import java.util.List;

/** Customer names for a mailing, each once, in first-seen order. */
public final class Dedup {
  private Dedup() {}

  /** The names without repeats, in the order they first appear. */
  public static List<String> distinct(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
