package solar.survey;

public class RoofPlanner {

  /** The largest free square: its side in cells and its top-left cell (0, -1, -1 when none). */
  public record Square(int side, int row, int col) {}

  /**
   * The roof is a rectangle of rows, '.' a free cell and any other character an obstruction (vent,
   * chimney, skylight). Returns the largest all-free square; among equal sides, the topmost and
   * then leftmost top-left corner.
   */
  public Square largestSquare(String[] roof) {
    if (roof.length == 0) {
      return new Square(0, -1, -1);
    }
    int cols = roof[0].length();
    int[][] side = new int[roof.length][cols];
    int best = 0;
    for (int r = 0; r < roof.length; r++) {
      String line = roof[r];
      for (int c = 0; c < cols; c++) {
        if (line.charAt(c) != '.') {
          continue;
        }
        int s = 1;
        if (r > 0 && c > 0) {
          s = 1 + Math.min(side[r - 1][c - 1], Math.min(side[r - 1][c], side[r][c - 1]));
        }
        side[r][c] = s;
        best = Math.max(best, s);
      }
    }
    if (best == 0) {
      return new Square(0, -1, -1);
    }
    int bestRow = Integer.MAX_VALUE;
    int bestCol = Integer.MAX_VALUE;
    for (int r = best - 1; r < roof.length; r++) {
      for (int c = best - 1; c < cols; c++) {
        if (side[r][c] >= best) {
          int top = r - best + 1;
          int left = c - best + 1;
          if (top < bestRow || (top == bestRow && left < bestCol)) {
            bestRow = top;
            bestCol = left;
          }
        }
      }
    }
    return new Square(best, bestRow, bestCol);
  }
}
