import java.lang.reflect.Field;
import java.util.*;

public class Fixture {
  public record Sample(String site, double depth) {}

  /** The helper reads the field list once per call of target, not per element: nothing repeats. */
  public static String target(List<Sample> samples) {
    String[] names = header(Sample.class);
    StringBuilder out = new StringBuilder(String.join(",", names));
    for (Sample s : samples) {
      out.append('\n').append(s.site()).append(',').append(s.depth());
    }
    return out.toString();
  }

  static String[] header(Class<?> type) {
    Field[] fields = type.getDeclaredFields();
    String[] names = new String[fields.length];
    for (int i = 0; i < fields.length; i++) names[i] = fields[i].getName();
    return names;
  }

  public static String check() {
    return target(List.of(new Sample("reef", 3.5)));
  }
}
