package tyrefitting.loads;

public class LoadIndexChart {

  private final int firstIndex;
  private final int[] capacityKg;

  /**
   * @param firstIndex the load index of the chart's first row
   * @param capacityKg the maximum load per tyre of each row, in kilograms, never decreasing
   */
  public LoadIndexChart(int firstIndex, int[] capacityKg) {
    for (int i = 1; i < capacityKg.length; i++) {
      if (capacityKg[i] < capacityKg[i - 1]) {
        throw new IllegalArgumentException("chart not ascending at row " + i);
      }
    }
    this.firstIndex = firstIndex;
    this.capacityKg = capacityKg.clone();
  }

  /** The lowest load index that carries {@code loadKg} on one tyre, or -1 if none in the chart does. */
  public int indexFor(int loadKg) {
    int low = 0;
    int high = capacityKg.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (capacityKg[mid] >= loadKg) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low == capacityKg.length ? -1 : firstIndex + low;
  }

  /** For each axle load (two tyres share it; an odd kilogram goes up), the minimum load index. */
  public int[] minimumIndexes(int[] axleLoadsKg) {
    int[] indexes = new int[axleLoadsKg.length];
    for (int i = 0; i < axleLoadsKg.length; i++) {
      int perTyre = (axleLoadsKg[i] + 1) / 2;
      indexes[i] = indexFor(perTyre);
    }
    return indexes;
  }
}
