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
    int bestSide = 0;
    int bestRow = -1;
    int bestCol = -1;
    for (int row = 0; row < roof.length; row++) {
      for (int col = 0; col < roof[row].length(); col++) {
        int side = 1;
        while (row + side <= roof.length && col + side <= roof[row].length() && allFree(roof, row, col, side)) {
          if (side > bestSide) {
            bestSide = side;
            bestRow = row;
            bestCol = col;
          }
          side++;
        }
      }
    }
    return new Square(bestSide, bestRow, bestCol);
  }

  private static boolean allFree(String[] roof, int row, int col, int side) {
    for (int r = row; r < row + side; r++) {
      for (int c = col; c < col + side; c++) {
        if (roof[r].charAt(c) != '.') {
          return false;
        }
      }
    }
    return true;
  }
}
