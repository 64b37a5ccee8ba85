// expect: formatPadRight(
import java.util.ArrayList;
import java.util.List;

public class Fixture {
  /** Ledger lines for every amount and memo: each spec against values wider and narrower than it. */
  public static List<String> target(long[] amounts, int[] counts, String[] memos) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      for (String memo : memos) {
        lines.add(String.format("%d|%1d|%5d|%-5d|%05d|%01d|%020d|%s|%1s|%-1s|%3s|%-8s|%%%n",
            amounts[i], amounts[i], amounts[i], amounts[i], amounts[i], amounts[i], amounts[i], memo, memo, memo, memo, memo)
            + String.format("%06d,%-3d,%3d", counts[i], counts[i], counts[i]));
      }
    }
    return lines;
  }

  public static String check() {
    long[] amounts = {0, 1, -1, 9, -9, 10, -10, 99999, -9999, 100000, -99999, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 12345678901L, -12345678901L};
    int[] counts = {0, 1, -1, 9, -9, 10, -10, 99999, -9999, 100000, -99999, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Integer.MIN_VALUE + 1, 777, -777, 42, -42};
    String[] memos = {"", "a", "abc", "tolerably long memo", null, "  ", "\u00e9t\u00e9", "tab\there"};
    return String.join("", target(amounts, counts, memos));
  }
}
