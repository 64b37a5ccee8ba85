package allotments.society;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class HarvestLedger {

  /** A basket weighed at the shed: plot, crop and grams. */
  public record WeighIn(String plot, String crop, long grams) {}

  private final Map<String, Map<String, Long>> harvests = new TreeMap<>();

  public HarvestLedger(List<WeighIn> weighIns) {
    for (WeighIn w : weighIns) {
      harvests.computeIfAbsent(w.plot(), p -> new TreeMap<>()).merge(w.crop(), w.grams(), Long::sum);
    }
  }

  /**
   * One line per plot whose season total reaches {@code minimumGrams}, plots in name order, with
   * its best crop (ties: the crop first in name order).
   */
  public List<String> leaders(long minimumGrams) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> plot : harvests.entrySet()) {
      long total = 0;
      String bestCrop = null;
      long bestGrams = 0;
      for (Map.Entry<String, Long> crop : plot.getValue().entrySet()) {
        long grams = crop.getValue();
        total += grams;
        if (bestCrop == null || grams > bestGrams) {
          bestCrop = crop.getKey();
          bestGrams = grams;
        }
      }
      if (total >= minimumGrams) {
        lines.add(plot.getKey() + ": " + total + " g, best " + bestCrop);
      }
    }
    return lines;
  }
}
