public class Fixture {
  private int[] data;

  public long target(int w) {
    long best = 0;
    for (int s = 0; s <= data.length - w; s++) {
      long sum = 0;
      for (int j = s; j < s + w; j++) sum += data[j];
      best = Math.max(best, sum);
      refresh();
    }
    return best;
  }

  private void refresh() {
    data = new int[data.length];
  }
}
