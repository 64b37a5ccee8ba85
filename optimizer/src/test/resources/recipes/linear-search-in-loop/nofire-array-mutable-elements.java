import java.util.*;

public class Fixture {
  static final class Tag {
    final String name;
    Tag(String name) { this.name = name; }
    @Override public boolean equals(Object o) { return o instanceof Tag t && t.name.equalsIgnoreCase(name); }
    @Override public int hashCode() { return 1; }
  }

  public static int target(Tag[] tags, Tag[] allowed) {
    int count = 0;
    for (Tag t : tags) {
      for (Tag a : allowed) {
        if (a.equals(t)) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  public static String check() {
    return target(new Tag[] {new Tag("A"), new Tag("b")}, new Tag[] {new Tag("a")}) + "\n";
  }
}
