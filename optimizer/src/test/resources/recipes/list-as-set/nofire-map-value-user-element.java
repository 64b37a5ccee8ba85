// refuses: is not a JDK value type or enum
import java.util.*;

public class Fixture {
  static final class Tag {
    final String text;
    Tag(String text) { this.text = text; }
    @Override public boolean equals(Object o) { return o instanceof Tag t && t.text.equalsIgnoreCase(text); }
    @Override public String toString() { return text; }
  }

  public static Map<String, List<Tag>> target(List<String> posts, List<Tag> tags) {
    Map<String, List<Tag>> byPost = new LinkedHashMap<>();
    for (int i = 0; i < posts.size(); i++) {
      List<Tag> seen = byPost.computeIfAbsent(posts.get(i), k -> new ArrayList<>());
      Tag t = tags.get(i);
      if (!seen.contains(t)) seen.add(t);
    }
    return byPost;
  }

  public static String check() {
    return String.valueOf(target(List.of("p", "p"), List.of(new Tag("a"), new Tag("A"))));
  }
}
