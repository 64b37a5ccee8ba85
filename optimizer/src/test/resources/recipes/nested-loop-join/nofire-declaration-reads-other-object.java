import java.util.*;

public class Fixture {
  record Window(int from, int to) {}

  record Event(String room, int minute) {}

  public static int target(List<Event> talks, List<Event> breaks, Window w) {
    int n = 0;
    for (Event t : talks) {
      for (Event b : breaks) {
        int start = w.from() + b.minute();
        if (t.room().equals(b.room()) && start > t.minute()) n++;
      }
    }
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    try {
      out.append(target(List.of(new Event("a", 1)), List.of(new Event("b", 2)), null));
    } catch (NullPointerException e) {
      out.append("NPE");
    }
    return out.toString();
  }
}
