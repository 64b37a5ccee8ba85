package theatre.boxoffice;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.StringJoiner;

public final class SeatExport {

  public record Booking(String performance, char row, int seat, String priceBand, long pricePence, boolean complimentary) {}

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
    StringJoiner names = new StringJoiner(",");
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        names.add(field.getName());
      }
    }
    return names.toString();
  }

  /** Any object's instance fields, read through their accessors, as one comma-separated line. */
  static String toCsvRow(Object row) {
    StringJoiner values = new StringJoiner(",");
    for (Field field : row.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      try {
        Method accessor = row.getClass().getMethod(field.getName());
        values.add(String.valueOf(accessor.invoke(row)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + field.getName(), e);
      }
    }
    return values.toString();
  }
}
