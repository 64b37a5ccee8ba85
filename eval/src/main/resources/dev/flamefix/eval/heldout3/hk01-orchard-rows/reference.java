package horticulture.orchard;

public final class RowPlanner {

  /** Rows {@code firstRow..lastRow} inclusive and their summed net margin. */
  public record Block(int firstRow, int lastRow, long marginCents) {}

  private RowPlanner() {}

  /**
   * The block of adjacent rows with the largest total net margin (a row's margin is its harvest
   * value minus its upkeep, possibly negative). Among equal totals the block starting first wins,
   * then the shorter one. Null for an orchard with no rows.
   */
  public static Block bestBlock(long[] marginPerRow) {
    if (marginPerRow.length == 0) {
      return null;
    }
    int bestFirst = 0;
    int bestLast = 0;
    long bestSum = marginPerRow[0];
    int runFirst = 0;
    long runSum = marginPerRow[0];
    for (int last = 1; last < marginPerRow.length; last++) {
      // Extending a run whose sum is 0 keeps the sum and gives an earlier start, which wins ties;
      // a later block with the same sum can then never start earlier, so the first one found stays.
      if (runSum >= 0) {
        runSum += marginPerRow[last];
      } else {
        runFirst = last;
        runSum = marginPerRow[last];
      }
      if (runSum > bestSum) {
        bestFirst = runFirst;
        bestLast = last;
        bestSum = runSum;
      }
    }
    return new Block(bestFirst, bestLast, bestSum);
  }
}
