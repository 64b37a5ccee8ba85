package streetart.walls;

public class MuralPlanner {

  /** A mural spanning {@code facades} adjacent facades from {@code firstFacade}, {@code height} metres high. */
  public record Mural(long areaSquareMetres, int firstFacade, int facades, int height) {}

  /**
   * The largest mural (facade width 1 m each, heights in whole metres) that fits on the terrace; the
   * first one found wins ties. No room for a mural: area 0, first facade -1.
   */
  public Mural largestMural(int[] facadeHeights) {
    int n = facadeHeights.length;
    int[] left = new int[n];  // first index of the run of facades >= facadeHeights[i] around i
    int[] right = new int[n]; // last index of that run
    int[] stack = new int[n];
    int top = 0;
    for (int i = 0; i < n; i++) {
      while (top > 0 && facadeHeights[stack[top - 1]] >= facadeHeights[i]) {
        top--;
      }
      left[i] = top == 0 ? 0 : stack[top - 1] + 1;
      stack[top++] = i;
    }
    top = 0;
    for (int i = n - 1; i >= 0; i--) {
      while (top > 0 && facadeHeights[stack[top - 1]] >= facadeHeights[i]) {
        top--;
      }
      right[i] = top == 0 ? n - 1 : stack[top - 1] - 1;
      stack[top++] = i;
    }
    long bestArea = 0;
    int bestFirst = -1;
    int bestCount = 0;
    int bestHeight = 0;
    for (int i = 0; i < n; i++) {
      int count = right[i] - left[i] + 1;
      long area = (long) facadeHeights[i] * count;
      if (area <= 0) {
        continue;
      }
      if (area > bestArea || (area == bestArea
          && (left[i] < bestFirst || (left[i] == bestFirst && count < bestCount)))) {
        bestArea = area;
        bestFirst = left[i];
        bestCount = count;
        bestHeight = facadeHeights[i];
      }
    }
    return new Mural(bestArea, bestFirst, bestCount, bestHeight);
  }
}
