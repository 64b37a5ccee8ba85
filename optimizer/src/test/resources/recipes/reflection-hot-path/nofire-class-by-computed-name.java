// refuses: looks classes up by a computed name
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  /** A kiln controller profile, chosen per batch by its simple name. */
  public interface Profile {
    int peak();
  }

  public static final class Bisque implements Profile {
    public int peak() { return 1000; }
  }

  public static final class Glaze implements Profile {
    public int peak() { return 1240; }
  }

  public static List<Integer> target(List<String> batches) {
    List<Integer> peaks = new ArrayList<>();
    for (String name : batches) {
      try {
        // "1" names no profile here; caching the constructor would add Fixture$1, which it would find.
        Class<?> type = Class.forName(Fixture.class.getName() + "$" + name);
        peaks.add(((Profile) type.getDeclaredConstructor().newInstance()).peak());
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("no profile " + name, e);
      }
    }
    return peaks;
  }

  public static String check() {
    try { return String.valueOf(target(List.of("Bisque", "Glaze", "1"))); }
    catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
