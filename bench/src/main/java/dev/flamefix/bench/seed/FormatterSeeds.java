package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.Order;
import dev.flamefix.bench.seed.SeedDomain.Reading;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TimeZone;

/** Seeds for {@code formatter-recreated}: date/number/text formatters built again per item. */
final class FormatterSeeds {
  private static final String CAT = SeedCategories.FORMATTER;

  private FormatterSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new SimpleDateFormatPerItem(), new DateTimeFormatterOfPattern(), new DecimalFormatPerAmount(),
        new StringFormatZeroPad(), new CurrencyInstancePerLine(), new MessageFormatStatic(),
        new SimpleDateFormatParse(), new LocalDateParsePattern(), new MacAddressFormat(),
        new ChoiceFormatPerReading());
  }

  static long[] timestamps(int n, long seed) {
    long[] t = SeedData.longs(n, 400L * 24 * 3600 * 1000, seed);
    for (int i = 0; i < n; i++) {
      t[i] += 1_650_000_000_000L;
    }
    return t;
  }

  static final class SimpleDateFormatPerItem extends SeedCase<long[]> {
    SimpleDateFormatPerItem() {
      super("fmt-simpledateformat-per-item", CAT,
          "1. Creates the SimpleDateFormat once per call and reuses it for every timestamp instead of constructing one per element; 2. Construction loads calendar, locale symbols and parses the pattern, which dominated the loop.",
          () -> timestamps(300, 61),
          () -> List.of(new long[0], new long[] {0L}, new long[] {-1L}),
          Slow::format, Fast::format);
    }

    static final class Slow {
      static List<String> format(long[] epochMillis) {
        List<String> out = new ArrayList<>(epochMillis.length);
        for (long t : epochMillis) {
          SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
          f.setTimeZone(TimeZone.getTimeZone("UTC"));
          out.add(f.format(new Date(t)));
        }
        return out;
      }
    }

    static final class Fast {
      static List<String> format(long[] epochMillis) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        List<String> out = new ArrayList<>(epochMillis.length);
        for (long t : epochMillis) {
          out.add(f.format(new Date(t)));
        }
        return out;
      }
    }
  }

  static final class DateTimeFormatterOfPattern extends SeedCase<List<Reading>> {
    DateTimeFormatterOfPattern() {
      super("fmt-datetimeformatter-ofpattern", CAT,
          "1. Stores the zoned DateTimeFormatter in a static final constant (it is immutable and thread-safe) instead of ofPattern(...).withZone(ZoneId.of(...)) per reading; 2. Skips re-parsing the pattern into a printer-parser chain and re-resolving the zone each time.",
          () -> SeedData.readings(400, 8, 62),
          () -> List.of(List.of(), SeedData.readings(1, 1, 2)),
          Slow::labels, Fast::labels);
    }

    static final class Slow {
      static List<String> labels(List<Reading> readings) {
        List<String> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
          DateTimeFormatter stamp =
              DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm:ss.SSS", Locale.GERMANY).withZone(ZoneId.of("Europe/Berlin"));
          out.add(r.sensorId() + "@" + stamp.format(Instant.ofEpochMilli(r.timestamp())));
        }
        return out;
      }
    }

    static final class Fast {
      private static final DateTimeFormatter STAMP =
          DateTimeFormatter.ofPattern("EEE dd.MM.yyyy HH:mm:ss.SSS", Locale.GERMANY).withZone(ZoneId.of("Europe/Berlin"));

      static List<String> labels(List<Reading> readings) {
        List<String> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
          out.add(r.sensorId() + "@" + STAMP.format(Instant.ofEpochMilli(r.timestamp())));
        }
        return out;
      }
    }
  }

  static final class DecimalFormatPerAmount extends SeedCase<double[]> {
    DecimalFormatPerAmount() {
      super("fmt-decimalformat-per-amount", CAT,
          "1. Builds one DecimalFormat before the loop instead of new DecimalFormat(\"#,##0.00\") per amount; 2. Pattern parsing and DecimalFormatSymbols lookup now happen once per call.",
          () -> SeedData.doubles(500, 63),
          () -> List.of(new double[0], new double[] {0.005}, new double[] {-1234.5}),
          Slow::render, Fast::render);
    }

    static final class Slow {
      static String render(double[] amounts) {
        StringBuilder sb = new StringBuilder();
        for (double a : amounts) {
          sb.append(new DecimalFormat("#,##0.00").format(a * 1000)).append('\n');
        }
        return sb.toString();
      }
    }

    static final class Fast {
      static String render(double[] amounts) {
        DecimalFormat money = new DecimalFormat("#,##0.00");
        StringBuilder sb = new StringBuilder();
        for (double a : amounts) {
          sb.append(money.format(a * 1000)).append('\n');
        }
        return sb.toString();
      }
    }
  }

  static final class StringFormatZeroPad extends SeedCase<int[]> {
    StringFormatZeroPad() {
      super("fmt-string-format-zero-pad", CAT,
          "1. Zero-pads ticket numbers by hand for the common 0..99999 range instead of String.format(\"%05d\"), which creates a Formatter and parses the format string per call; 2. Falls back to String.format only for values outside that range, so output is unchanged.",
          () -> SeedData.ints(1500, 120_000, 64),
          () -> List.of(new int[0], new int[] {0}, new int[] {-42, 99_999, 100_000, Integer.MIN_VALUE}),
          Slow::ticketCodes, Fast::ticketCodes);
    }

    static final class Slow {
      static List<String> ticketCodes(int[] numbers) {
        List<String> codes = new ArrayList<>(numbers.length);
        for (int n : numbers) {
          codes.add(String.format(Locale.ROOT, "T-%05d", n));
        }
        return codes;
      }
    }

    static final class Fast {
      static List<String> ticketCodes(int[] numbers) {
        List<String> codes = new ArrayList<>(numbers.length);
        for (int n : numbers) {
          if (n >= 0 && n <= 99_999) {
            String digits = Integer.toString(n);
            codes.add("T-" + "00000".substring(digits.length()) + digits);
          } else {
            codes.add(String.format(Locale.ROOT, "T-%05d", n));
          }
        }
        return codes;
      }
    }
  }

  static final class CurrencyInstancePerLine extends SeedCase<List<Order>> {
    CurrencyInstancePerLine() {
      super("fmt-currency-instance-per-line", CAT,
          "1. Fetches NumberFormat.getCurrencyInstance(Locale.US) once per invoice instead of once per order line; 2. Each call cloned a fresh DecimalFormat with its symbols.",
          () -> SeedData.orders(400, 50, 50, 65),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 2)),
          Slow::invoiceLines, Fast::invoiceLines);
    }

    static final class Slow {
      static List<String> invoiceLines(List<Order> orders) {
        List<String> lines = new ArrayList<>();
        for (Order o : orders) {
          NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
          lines.add(o.sku() + " " + usd.format(o.quantity() * o.unitCents() / 100.0));
        }
        return lines;
      }
    }

    static final class Fast {
      static List<String> invoiceLines(List<Order> orders) {
        NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
        List<String> lines = new ArrayList<>();
        for (Order o : orders) {
          lines.add(o.sku() + " " + usd.format(o.quantity() * o.unitCents() / 100.0));
        }
        return lines;
      }
    }
  }

  static final class MessageFormatStatic extends SeedCase<List<Order>> {
    MessageFormatStatic() {
      super("fmt-messageformat-static-format", CAT,
          "1. Compiles the notification template into one MessageFormat and calls format on it instead of MessageFormat.format(pattern, args), which builds and parses a new MessageFormat each time; 2. The number sub-formats (two DecimalFormats) are created once instead of per message.",
          () -> SeedData.orders(300, 80, 30, 66),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 2)),
          Slow::notifications, Fast::notifications);
    }

    static final class Slow {
      static List<String> notifications(List<Order> orders) {
        List<String> out = new ArrayList<>(orders.size());
        for (Order o : orders) {
          out.add(MessageFormat.format("Order {0,number,#} for {1}: {2,number,integer} x {3} is now {4}", o.id(), o.customerId(), o.quantity(), o.sku(), o.status()));
        }
        return out;
      }
    }

    static final class Fast {
      static List<String> notifications(List<Order> orders) {
        MessageFormat template = new MessageFormat("Order {0,number,#} for {1}: {2,number,integer} x {3} is now {4}");
        List<String> out = new ArrayList<>(orders.size());
        for (Order o : orders) {
          out.add(template.format(new Object[] {o.id(), o.customerId(), o.quantity(), o.sku(), o.status()}));
        }
        return out;
      }
    }
  }

  static final class SimpleDateFormatParse extends SeedCase<List<String>> {
    SimpleDateFormatParse() {
      super("fmt-simpledateformat-parse-per-line", CAT,
          "1. Parses all dates with a single SimpleDateFormat created before the loop instead of one per line; 2. Removes per-line Calendar and symbol-table construction.",
          () -> {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            List<String> lines = new ArrayList<>();
            for (long t : timestamps(300, 67)) {
              lines.add(f.format(new Date(t)));
            }
            lines.set(5, "not a date");
            return lines;
          },
          () -> List.of(List.of(), List.of("2024-02-29T10:15"), List.of("bad")),
          Slow::parseAll, Fast::parseAll);
    }

    static final class Slow {
      static List<Long> parseAll(List<String> lines) {
        List<Long> out = new ArrayList<>();
        for (String line : lines) {
          SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm");
          f.setTimeZone(TimeZone.getTimeZone("UTC"));
          try {
            out.add(f.parse(line).getTime());
          } catch (ParseException e) {
            out.add(-1L);
          }
        }
        return out;
      }
    }

    static final class Fast {
      static List<Long> parseAll(List<String> lines) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        List<Long> out = new ArrayList<>();
        for (String line : lines) {
          try {
            out.add(f.parse(line).getTime());
          } catch (ParseException e) {
            out.add(-1L);
          }
        }
        return out;
      }
    }
  }

  static final class LocalDateParsePattern extends SeedCase<List<String>> {
    LocalDateParsePattern() {
      super("fmt-localdate-parse-ofpattern", CAT,
          "1. Moves DateTimeFormatter.ofPattern(\"dd/MM/yyyy\") out of the parsing loop into a constant; 2. Pattern compilation was repeated for every booking date.",
          () -> {
            List<String> dates = new ArrayList<>();
            for (int v : SeedData.ints(500, 3000, 68)) {
              LocalDate d = LocalDate.of(2020, 1, 1).plusDays(v);
              dates.add(String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
            }
            return dates;
          },
          () -> List.of(List.of(), List.of("29/02/2024")),
          Slow::weekendBookings, Fast::weekendBookings);
    }

    static final class Slow {
      static int weekendBookings(List<String> dates) {
        int weekend = 0;
        for (String s : dates) {
          DayOfWeek day = LocalDate.parse(s, DateTimeFormatter.ofPattern("dd/MM/yyyy")).getDayOfWeek();
          if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            weekend++;
          }
        }
        return weekend;
      }
    }

    static final class Fast {
      private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

      static int weekendBookings(List<String> dates) {
        int weekend = 0;
        for (String s : dates) {
          DayOfWeek day = LocalDate.parse(s, DAY_MONTH_YEAR).getDayOfWeek();
          if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            weekend++;
          }
        }
        return weekend;
      }
    }
  }

  static final class MacAddressFormat extends SeedCase<List<byte[]>> {
    MacAddressFormat() {
      super("fmt-string-format-mac-address", CAT,
          "1. Formats MAC addresses with one shared HexFormat (upper case, colon delimiter) instead of six String.format(\"%02X\") calls per address; 2. No Formatter is created and no format string parsed per byte.",
          () -> {
            List<byte[]> macs = new ArrayList<>();
            byte[] all = SeedData.bytes(6 * 300, 69);
            for (int i = 0; i < 300; i++) {
              macs.add(java.util.Arrays.copyOfRange(all, 6 * i, 6 * i + 6));
            }
            return macs;
          },
          () -> List.of(List.of(), List.of(new byte[6]), List.of(new byte[] {-1, -1, -1, -1, -1, -1})),
          Slow::formatAll, Fast::formatAll);
    }

    static final class Slow {
      static List<String> formatAll(List<byte[]> macs) {
        List<String> out = new ArrayList<>(macs.size());
        for (byte[] mac : macs) {
          String s = "";
          for (int i = 0; i < mac.length; i++) {
            s += (i == 0 ? "" : ":") + String.format("%02X", mac[i]);
          }
          out.add(s);
        }
        return out;
      }
    }

    static final class Fast {
      private static final HexFormat MAC = HexFormat.ofDelimiter(":").withUpperCase();

      static List<String> formatAll(List<byte[]> macs) {
        List<String> out = new ArrayList<>(macs.size());
        for (byte[] mac : macs) {
          out.add(MAC.formatHex(mac));
        }
        return out;
      }
    }
  }

  static final class ChoiceFormatPerReading extends SeedCase<List<Reading>> {
    ChoiceFormatPerReading() {
      super("fmt-choiceformat-pattern-per-reading", CAT,
          "1. Parses the temperature-band ChoiceFormat pattern once into a constant instead of new ChoiceFormat(pattern) for every reading; 2. Formatting is then a short scan of the limits array with no pattern parsing or array building.",
          () -> SeedData.readings(3000, 12, 70),
          () -> List.of(List.of(), SeedData.readings(1, 1, 2), List.of(new Reading("S0", 0, Double.NaN), new Reading("S0", 1, -1e9))),
          Slow::bands, Fast::bands);
    }

    static final class Slow {
      static Map<String, Integer> bands(List<Reading> readings) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Reading r : readings) {
          ChoiceFormat band = new ChoiceFormat("-1#freezing|0#cold|10#mild|20#warm|30#hot|40#extreme");
          counts.merge(band.format(r.value()), 1, Integer::sum);
        }
        return counts;
      }
    }

    static final class Fast {
      private static final ChoiceFormat BAND = new ChoiceFormat("-1#freezing|0#cold|10#mild|20#warm|30#hot|40#extreme");

      static Map<String, Integer> bands(List<Reading> readings) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Reading r : readings) {
          counts.merge(BAND.format(r.value()), 1, Integer::sum);
        }
        return counts;
      }
    }
  }
}
