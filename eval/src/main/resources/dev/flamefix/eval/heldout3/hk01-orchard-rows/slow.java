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
    Block best = null;
    for (int first = 0; first < marginPerRow.length; first++) {
      long sum = 0;
      for (int last = first; last < marginPerRow.length; last++) {
        sum += marginPerRow[last];
        if (best == null || sum > best.marginCents()) {
          best = new Block(first, last, sum);
        }
      }
    }
    return best;
  }
}
