package dev.flamefix.bench.seed;

import dev.flamefix.bench.seed.SeedDomain.LogLine;
import dev.flamefix.bench.seed.SeedDomain.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Seeds for {@code string-concat-in-loop}: a String rebuilt on every iteration. */
final class StringConcatSeeds {
  private static final String CAT = SeedCategories.STRING_CONCAT;

  private StringConcatSeeds() {}

  static List<SeedCase<?>> cases() {
    return List.of(
        new CsvRow(), new LogReport(), new Divider(), new HtmlOrderTable(), new ReverseText(),
        new JsonIntArray(), new QueryString(), new ReceiptBuilder(), new StreamReduceJoin(),
        new HexDump(), new SqlInClause());
  }

  static final class CsvRow extends SeedCase<List<String>> {
    CsvRow() {
      super("concat-csv-row", CAT,
          "1. Appends the cells to one StringBuilder instead of copying the growing String on every +=; 2. Turns quadratic character copying into linear work.",
          () -> SeedData.words(800, 11),
          () -> List.of(List.of(), List.of("solo"), List.of("a", "b")),
          Slow::toCsvRow, Fast::toCsvRow);
    }

    static final class Slow {
      static String toCsvRow(List<String> cells) {
        String row = "";
        for (int i = 0; i < cells.size(); i++) {
          if (i > 0) {
            row += ",";
          }
          row += cells.get(i);
        }
        return row;
      }
    }

    static final class Fast {
      static String toCsvRow(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
          if (i > 0) {
            row.append(',');
          }
          row.append(cells.get(i));
        }
        return row.toString();
      }
    }
  }

  static final class LogReport extends SeedCase<List<LogLine>> {
    LogReport() {
      super("concat-log-report", CAT,
          "1. Builds the multi-line report in a single StringBuilder instead of concatenating each formatted line onto a String; 2. Avoids reallocating and copying the whole report per log line.",
          () -> SeedData.logLines(500, 12),
          () -> List.of(List.of(), SeedData.logLines(1, 3)),
          Slow::errorReport, Fast::errorReport);
    }

    static final class Slow {
      static String errorReport(List<LogLine> lines) {
        String report = "";
        for (LogLine line : lines) {
          if (!line.level().equals("DEBUG")) {
            report = report + line.timestamp() + " " + line.level() + " " + line.service() + ": " + line.message() + "\n";
          }
        }
        return report;
      }
    }

    static final class Fast {
      static String errorReport(List<LogLine> lines) {
        StringBuilder report = new StringBuilder(lines.size() * 64);
        for (LogLine line : lines) {
          if (!line.level().equals("DEBUG")) {
            report.append(line.timestamp()).append(' ').append(line.level()).append(' ')
                .append(line.service()).append(": ").append(line.message()).append('\n');
          }
        }
        return report.toString();
      }
    }
  }

  static final class Divider extends SeedCase<Integer> {
    Divider() {
      super("concat-divider-line", CAT,
          "1. Replaces a loop that appends one character per iteration to a String with String.repeat; 2. Allocates the result once instead of once per character.",
          () -> 3000,
          () -> List.of(0, 1, 2),
          Slow::divider, Fast::divider);
    }

    static final class Slow {
      static String divider(int width) {
        String line = "+";
        for (int i = 0; i < width; i++) {
          line += "-";
        }
        return line + "+";
      }
    }

    static final class Fast {
      static String divider(int width) {
        return "+" + "-".repeat(Math.max(0, width)) + "+";
      }
    }
  }

  static final class HtmlOrderTable extends SeedCase<List<Order>> {
    HtmlOrderTable() {
      super("concat-html-order-table", CAT,
          "1. Writes table rows into one presized StringBuilder instead of html += row; 2. Removes the per-row copy of all previously rendered rows.",
          () -> SeedData.orders(300, 50, 40, 13),
          () -> List.of(List.of(), SeedData.orders(1, 2, 2, 4)),
          Slow::renderTable, Fast::renderTable);
    }

    static final class Slow {
      static String renderTable(List<Order> orders) {
        String html = "<table>";
        for (Order o : orders) {
          html += "<tr><td>" + o.id() + "</td><td>" + o.sku() + "</td><td>" + o.quantity() + "</td></tr>";
        }
        html += "</table>";
        return html;
      }
    }

    static final class Fast {
      static String renderTable(List<Order> orders) {
        StringBuilder html = new StringBuilder(16 + orders.size() * 48).append("<table>");
        for (Order o : orders) {
          html.append("<tr><td>").append(o.id()).append("</td><td>").append(o.sku())
              .append("</td><td>").append(o.quantity()).append("</td></tr>");
        }
        return html.append("</table>").toString();
      }
    }
  }

  static final class ReverseText extends SeedCase<String> {
    ReverseText() {
      super("concat-reverse-chars", CAT,
          "1. Reverses into a char array filled from the end instead of prepending each char to a String; 2. Prepending copies the whole string every time, so the loop was quadratic.",
          () -> SeedData.sentence(500, 14),
          () -> List.of("", "x", "ab"),
          Slow::reverse, Fast::reverse);
    }

    static final class Slow {
      static String reverse(String text) {
        String reversed = "";
        for (int i = 0; i < text.length(); i++) {
          reversed = text.charAt(i) + reversed;
        }
        return reversed;
      }
    }

    static final class Fast {
      static String reverse(String text) {
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
          out[n - 1 - i] = text.charAt(i);
        }
        return new String(out);
      }
    }
  }

  static final class JsonIntArray extends SeedCase<int[]> {
    JsonIntArray() {
      super("concat-json-int-array", CAT,
          "1. Serialises the numbers with StringBuilder.append(int) instead of json += value + \",\"; 2. Avoids a temporary String per element and the quadratic copy of the accumulated text.",
          () -> SeedData.ints(1500, 100_000, 15),
          () -> List.of(new int[0], new int[] {-7}, new int[] {Integer.MIN_VALUE, 0}),
          Slow::toJson, Fast::toJson);
    }

    static final class Slow {
      static String toJson(int[] values) {
        String json = "[";
        for (int i = 0; i < values.length; i++) {
          json += values[i];
          if (i < values.length - 1) {
            json += ",";
          }
        }
        return json + "]";
      }
    }

    static final class Fast {
      static String toJson(int[] values) {
        StringBuilder json = new StringBuilder(values.length * 7 + 2).append('[');
        for (int i = 0; i < values.length; i++) {
          json.append(values[i]);
          if (i < values.length - 1) {
            json.append(',');
          }
        }
        return json.append(']').toString();
      }
    }
  }

  static final class QueryString extends SeedCase<Map<String, String>> {
    QueryString() {
      super("concat-query-string", CAT,
          "1. Joins key=value pairs through a StringBuilder instead of growing the query String per parameter; 2. Each += had copied every earlier parameter again.",
          () -> {
            Map<String, String> params = new TreeMap<>();
            List<String> words = SeedData.words(600, 16);
            for (int i = 0; i < words.size(); i++) {
              params.put("p" + i, words.get(i));
            }
            return params;
          },
          () -> List.of(new TreeMap<>(), new TreeMap<>(Map.of("q", "x"))),
          Slow::toQuery, Fast::toQuery);
    }

    static final class Slow {
      static String toQuery(Map<String, String> params) {
        String query = "";
        for (Map.Entry<String, String> e : params.entrySet()) {
          query += (query.isEmpty() ? "?" : "&") + e.getKey() + "=" + e.getValue();
        }
        return query;
      }
    }

    static final class Fast {
      static String toQuery(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
          query.append(query.length() == 0 ? '?' : '&').append(e.getKey()).append('=').append(e.getValue());
        }
        return query.toString();
      }
    }
  }

  static final class ReceiptBuilder extends SeedCase<List<Order>> {
    ReceiptBuilder() {
      super("concat-receipt-field", CAT,
          "1. Keeps the receipt text in a StringBuilder field instead of a String field reassigned on every addLine; 2. Each added line no longer copies the entire receipt.",
          () -> SeedData.orders(400, 30, 60, 17),
          () -> List.of(List.of(), SeedData.orders(1, 1, 1, 5)),
          orders -> {
            Slow receipt = new Slow();
            orders.forEach(o -> receipt.addLine(o.sku(), o.quantity(), o.unitCents()));
            return receipt.text();
          },
          orders -> {
            Fast receipt = new Fast();
            orders.forEach(o -> receipt.addLine(o.sku(), o.quantity(), o.unitCents()));
            return receipt.text();
          });
    }

    static final class Slow {
      private String text = "";

      void addLine(String sku, int quantity, long unitCents) {
        text += sku + " x" + quantity + " @ " + unitCents + "\n";
      }

      String text() {
        return text;
      }
    }

    static final class Fast {
      private final StringBuilder text = new StringBuilder();

      void addLine(String sku, int quantity, long unitCents) {
        text.append(sku).append(" x").append(quantity).append(" @ ").append(unitCents).append('\n');
      }

      String text() {
        return text.toString();
      }
    }
  }

  static final class StreamReduceJoin extends SeedCase<List<String>> {
    StreamReduceJoin() {
      super("concat-stream-reduce", CAT,
          "1. Uses Collectors.joining, which appends into one StringBuilder, instead of reduce(\"\", (a, b) -> a + b); 2. The reduce created a new ever-longer String per element.",
          () -> SeedData.words(900, 18),
          () -> List.of(List.of(), List.of("one")),
          Slow::tags, Fast::tags);
    }

    static final class Slow {
      static String tags(List<String> names) {
        return names.stream().map(n -> "#" + n + " ").reduce("", (a, b) -> a + b);
      }
    }

    static final class Fast {
      static String tags(List<String> names) {
        return names.stream().map(n -> "#" + n + " ").collect(Collectors.joining());
      }
    }
  }

  static final class HexDump extends SeedCase<byte[]> {
    HexDump() {
      super("concat-hex-dump", CAT,
          "1. Fills a char array of exactly 2n hex digits instead of appending two-character Strings to a String per byte; 2. One allocation instead of one growing copy per byte.",
          () -> SeedData.bytes(1200, 19),
          () -> List.of(new byte[0], new byte[] {(byte) 0xff}, new byte[] {0, 15, 16}),
          Slow::toHex, Fast::toHex);
    }

    static final class Slow {
      private static final String DIGITS = "0123456789abcdef";

      static String toHex(byte[] data) {
        String hex = "";
        for (byte b : data) {
          hex += "" + DIGITS.charAt((b >> 4) & 0xf) + DIGITS.charAt(b & 0xf);
        }
        return hex;
      }
    }

    static final class Fast {
      private static final char[] DIGITS = "0123456789abcdef".toCharArray();

      static String toHex(byte[] data) {
        char[] hex = new char[data.length * 2];
        for (int i = 0; i < data.length; i++) {
          hex[2 * i] = DIGITS[(data[i] >> 4) & 0xf];
          hex[2 * i + 1] = DIGITS[data[i] & 0xf];
        }
        return new String(hex);
      }
    }
  }

  static final class SqlInClause extends SeedCase<List<Long>> {
    SqlInClause() {
      super("concat-sql-in-clause", CAT,
          "1. Builds the IN list with a StringJoiner instead of sql = sql + id + \", \" followed by trimming the trailing comma; 2. Avoids copying the statement per id and the final substring copy.",
          () -> {
            List<Long> ids = new ArrayList<>();
            for (long v : SeedData.longs(1000, 10_000_000L, 20)) {
              ids.add(v);
            }
            return ids;
          },
          () -> List.of(List.of(), List.of(42L)),
          Slow::selectByIds, Fast::selectByIds);
    }

    static final class Slow {
      static String selectByIds(List<Long> ids) {
        String sql = "SELECT * FROM orders WHERE id IN (";
        for (Long id : ids) {
          sql = sql + id + ", ";
        }
        if (!ids.isEmpty()) {
          sql = sql.substring(0, sql.length() - 2);
        }
        return sql + ")";
      }
    }

    static final class Fast {
      static String selectByIds(List<Long> ids) {
        java.util.StringJoiner in = new java.util.StringJoiner(", ", "SELECT * FROM orders WHERE id IN (", ")");
        for (Long id : ids) {
          in.add(String.valueOf(id));
        }
        return in.toString();
      }
    }
  }
}
