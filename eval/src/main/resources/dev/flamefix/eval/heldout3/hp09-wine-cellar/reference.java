package enology.cellar;

import java.util.List;

public final class CellarReport {

  public record Bottle(String label, String region, int vintage, int quantity) {}

  private final int currentYear;

  public CellarReport(int currentYear) {
    this.currentYear = currentYear;
  }

  /**
   * Labels of the bottles older than the cellar's average age (weighted by quantity; bins with no
   * bottles left do not count), in cellar order. An empty cellar has nothing older than average.
   */
  public List<String> olderThanAverage(List<Bottle> cellar) {
    double average = averageAge(cellar);
    return cellar.stream()
        .filter(bottle -> bottle.quantity() > 0)
        .filter(bottle -> age(bottle) > average)
        .map(Bottle::label)
        .toList();
  }

  private int age(Bottle bottle) {
    return currentYear - bottle.vintage();
  }

  private double averageAge(List<Bottle> cellar) {
    long bottles = 0;
    long years = 0;
    for (Bottle bottle : cellar) {
      if (bottle.quantity() > 0) {
        bottles += bottle.quantity();
        years += (long) age(bottle) * bottle.quantity();
      }
    }
    return bottles == 0 ? 0.0 : (double) years / bottles;
  }
}
