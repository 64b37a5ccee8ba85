// expect: for (Field field : toLineFields(row.getClass())) {
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.*;

public class Fixture {
  public record Vehicle(String plate, int axles, double lengthMetres) {
    static final int MAX_AXLES = 6;
  }

  public record Cabin(String deck, int berths) {}

  /** Not a record: its field has no accessor, so reading it fails. */
  public static final class Stowaway {
    private final String name = "x";
  }

  /** A record whose accessor throws: invoke must wrap it in InvocationTargetException as before. */
  public record Grumpy(String mood) {
    public String mood() {
      throw new UnsupportedOperationException(mood);
    }
  }

  /** Ferry manifest: one line per booked item, any record type. */
  public static String target(List<Object> manifest) {
    StringBuilder out = new StringBuilder();
    for (Object item : manifest) {
      out.append(toLine(item)).append('\n');
    }
    return out.toString();
  }

  static String toLine(Object row) {
    StringJoiner values = new StringJoiner(";");
    for (Field field : row.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      try {
        Method accessor = row.getClass().getMethod(field.getName());
        values.add(field.getName() + "=" + accessor.invoke(row));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + field.getName() + ": " + e.getClass().getSimpleName(), e);
      }
    }
    return values.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Vehicle("KX12", 2, 4.5), new Cabin("B", 4), new Vehicle("LR9", 3, 12.25),
        new Cabin("A", 2))))).append('\n');
    out.append(safe(() -> target(List.of(new Cabin("C", 1), new Stowaway())))).append('\n');
    out.append(safe(() -> target(List.of(new Vehicle("Q1", 5, 9), new Grumpy("sour"))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName() + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getSimpleName()); }
  }
}
