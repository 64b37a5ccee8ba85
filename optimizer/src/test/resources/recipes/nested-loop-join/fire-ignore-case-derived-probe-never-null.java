// expect: tagsByCode.isEmpty() ? tags :
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  public record Tag(String code, String colour) {}

  /** The colour of the first tag whose code equals, ignoring case, the trimmed text after each label's colon. */
  public static List<String> target(List<String> labels, List<Tag> tags) {
    List<String> out = new ArrayList<>();
    for (String label : labels) {
      String code = label.substring(label.indexOf(':') + 1).trim();
      String colour = "grey";
      for (Tag t : tags) {
        if (t.code().equalsIgnoreCase(code)) {
          colour = t.colour();
          break;
        }
      }
      out.add(colour);
    }
    return out;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Tag> tags = java.util.Arrays.asList(new Tag("urgent", "red"), new Tag("URGENT", "orange"), new Tag("k9", "blue"));
    List<String> labels = List.of("a: Urgent ", "b:\u212A9", "nothing", ":", "x:K9");
    out.append(safe(() -> target(labels, tags))).append('\n');
    out.append(safe(() -> target(labels, java.util.Arrays.asList(new Tag("k9", "blue"), new Tag(null, "none"))))).append('\n');
    out.append(safe(() -> target(labels, java.util.Arrays.asList(new Tag("zz", "z"), null)))).append('\n');
    out.append(safe(() -> target(java.util.Arrays.asList("a:urgent", null), tags))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
