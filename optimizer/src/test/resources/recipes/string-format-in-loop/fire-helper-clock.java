// expect: formatZeroPad(
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  record Ticket(String plate, int entryMinute, int exitMinute, Integer level) {}

  public static String target(List<Ticket> tickets) {
    StringBuilder out = new StringBuilder();
    for (Ticket t : tickets) {
      out.append(String.format("%-8s %s-%s L%3d", t.plate(), stamp(t.entryMinute()), stamp(t.exitMinute()), t.level()));
      out.append(String.format("%n"));
    }
    return out.toString();
  }

  private static String stamp(int minuteOfDay) {
    return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Ticket> ts = new ArrayList<>();
    ts.add(new Ticket("AB-123", 0, 59, 1));
    ts.add(new Ticket("LONGPLATE99", 1439, 2000, -7));
    ts.add(new Ticket(null, -61, -5, null));
    ts.add(new Ticket("", Integer.MIN_VALUE, Integer.MAX_VALUE, 12345));
    out.append(safe(() -> target(ts))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
