package recycling.weighbridge;

public class BaleLoads {

  private final long lorryLoadKg;

  public BaleLoads(long lorryLoadKg) {
    this.lorryLoadKg = lorryLoadKg;
  }

  /**
   * How many sets of three different bales (by position on the weighbridge ticket, so equal
   * weights count separately) weigh exactly one lorry load together.
   */
  public long exactTriples(int[] baleKg) {
    long count = 0;
    int n = baleKg.length;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        long pair = (long) baleKg[i] + baleKg[j];
        for (int k = j + 1; k < n; k++) {
          if (pair + baleKg[k] == lorryLoadKg) {
            count++;
          }
        }
      }
    }
    return count;
  }
}
