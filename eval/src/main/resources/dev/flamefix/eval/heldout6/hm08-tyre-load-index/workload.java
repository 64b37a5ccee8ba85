package tyrefitting.loads;

import java.util.function.Supplier;

public final class LoadIndexChartWorkload {
  public static Supplier<Object> workload() {
    int[] chart = new int[111];
    for (int row = 0; row < chart.length; row++) {
      chart[row] = (int) Math.round(180 * Math.pow(1.0273, row) / 5) * 5;
    }
    int[] axles = new int[40_000];
    for (int i = 0; i < axles.length; i++) {
      axles[i] = 700 + (i * 7_919) % 6_400;
    }
    LoadIndexChart bay = new LoadIndexChart(50, chart);
    return () -> bay.minimumIndexes(axles);
  }
}
