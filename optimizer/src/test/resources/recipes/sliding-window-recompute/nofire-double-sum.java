public class Fixture {
  public static double target(double[] prices, int w) {
    double best = Double.NEGATIVE_INFINITY;
    for (int s = 0; s <= prices.length - w; s++) {
      double sum = 0;
      for (int j = s; j < s + w; j++) sum += prices[j];
      best = Math.max(best, sum);
    }
    return best;
  }
}
