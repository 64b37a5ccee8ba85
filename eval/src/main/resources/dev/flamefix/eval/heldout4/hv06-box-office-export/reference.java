package theatre.boxoffice;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

public final class SeatExport {

  public record Booking(String performance, char row, int seat, String priceBand, long pricePence, boolean complimentary) {}

  /** Each class's instance field names, in declaration order. */
  private static final ClassValue<String[]> FIELD_NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      List<String> names = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          names.add(field.getName());
        }
      }
      return names.toArray(new String[0]);
    }
  };

  /** Each class's accessor per instance field, in the same order; resolved once per class. */
  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      String[] names = FIELD_NAMES.get(type);
      Method[] accessors = new Method[names.length];
      for (int i = 0; i < names.length; i++) {
        try {
          accessors[i] = type.getMethod(names[i]);
        } catch (NoSuchMethodException e) {
          accessors[i] = null;
        }
      }
      return accessors;
    }
  };

  private SeatExport() {}

  /** The bookings as CSV for the finance team: a header of field names, then one line per booking. */
  public static String exportBookings(List<Booking> bookings) {
    StringBuilder csv = new StringBuilder();
    csv.append(header(Booking.class)).append('\n');
    for (Booking booking : bookings) {
      csv.append(toCsvRow(booking)).append('\n');
    }
    return csv.toString();
  }

  static String header(Class<?> type) {
    return String.join(",", FIELD_NAMES.get(type));
  }

  /** Any object's instance fields, read through their accessors, as one comma-separated line. */
  static String toCsvRow(Object row) {
    Class<?> type = row.getClass();
    String[] names = FIELD_NAMES.get(type);
    Method[] accessors = ACCESSORS.get(type);
    StringJoiner values = new StringJoiner(",");
    for (int i = 0; i < accessors.length; i++) {
      if (accessors[i] == null) {
        throw new IllegalStateException("cannot read " + names[i],
            new NoSuchMethodException(type.getName() + "." + names[i] + "()"));
      }
      try {
        values.add(String.valueOf(accessors[i].invoke(row)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + names[i], e);
      }
    }
    return values.toString();
  }
}
