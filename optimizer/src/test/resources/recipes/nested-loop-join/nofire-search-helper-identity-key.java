import java.util.*;

public class Fixture {
  static final class Tag {
    final String label;
    Tag(String label) { this.label = label; }
  }

  record Item(Tag tag, int qty) {}

  public static int target(List<Tag> wanted, Item[] items) {
    int total = 0;
    for (Tag t : wanted) {
      Item i = find(items, t);
      if (i != null) total += i.qty();
    }
    return total;
  }

  private static Item find(Item[] items, Tag tag) {
    for (Item i : items) {
      if (i.tag().equals(tag)) return i;
    }
    return null;
  }

  public static String check() {
    Tag a = new Tag("a");
    return String.valueOf(target(List.of(a, new Tag("a")), new Item[] {new Item(a, 3)}));
  }
}
