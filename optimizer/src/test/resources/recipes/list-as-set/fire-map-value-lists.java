// expect: if (talksSeen == null ? !talks.contains(slot.talk()) : talksSeen.add(slot.talk()))
import java.util.*;

public class Fixture {
  record Slot(String room, String talk, int minute) {}

  public static Map<String, List<String>> target(List<Slot> programme) {
    var byRoom = new LinkedHashMap<String, List<String>>();
    for (var slot : programme) {
      var talks = byRoom.computeIfAbsent(slot.room(), room -> new ArrayList<>());
      if (!talks.contains(slot.talk())) {
        talks.add(slot.talk());
      }
    }
    return byRoom;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Slot("hall", "jit", 0), new Slot("lab", "gc", 5), new Slot("hall", "jit", 9),
        new Slot("hall", "loom", 10), new Slot("lab", "jit", 11), new Slot("lab", "gc", 12))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Slot("hall", null, 0), new Slot("hall", null, 1), new Slot(null, "x", 2),
        new Slot(null, "x", 3), new Slot("hall", "y", 4))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    List<Slot> long1 = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      long1.add(new Slot("r" + i % 3, i % 7 == 0 ? null : "t" + (i * 13) % 29, i));
    }
    out.append(safe(() -> target(long1))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Slot("a", "b", 1), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
