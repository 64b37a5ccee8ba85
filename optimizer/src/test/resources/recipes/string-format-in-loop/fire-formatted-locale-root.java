// expect: formatZeroPadBoxed(
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

public class Fixture {
  record Sample(String sensor, long reading, char grade, Integer batch, short bay, byte lane) {}

  public static List<String> target(List<Sample> samples) {
    return samples.stream()
        .map(s -> String.format(Locale.ROOT, "%08d|%-3c|%04d|%%|%-6d|%5s", s.reading(), s.grade(), s.batch(), s.bay(), s.sensor())
            + "%s=%d;%c%d".formatted(s.sensor(), s.lane(), s.grade(), s.batch()))
        .collect(Collectors.toList());
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(
        new Sample("t1", 42, 'A', 7, (short) -3, (byte) 9),
        new Sample(null, -42, 'z', null, Short.MIN_VALUE, Byte.MIN_VALUE),
        new Sample("", Long.MIN_VALUE, ' ', -12345, Short.MAX_VALUE, (byte) 0),
        new Sample("verylongsensor", Long.MAX_VALUE, '\u00e9', Integer.MIN_VALUE, (short) 0, (byte) -1),
        new Sample("x", -1234567, '%', 0, (short) 12, (byte) 127))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
