package photolab.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class PatchRanking {

  /** A measured test-chart patch, sRGB channels in 0..1 as the spectrophotometer reports them. */
  public record Patch(String name, double red, double green, double blue) {}

  /** A patch's relative luminance (Rec. 709 weights on linear light). */
  public record Ranked(String name, double luminance) {}

  /** Patches from darkest to lightest; equal luminance in name order. */
  public List<Ranked> darkestFirst(List<Patch> patches) {
    List<Ranked> ranked = new ArrayList<>(patches.size());
    for (Patch patch : patches) {
      double y = 0.2126 * linear(patch.red()) + 0.7152 * linear(patch.green()) + 0.0722 * linear(patch.blue());
      ranked.add(new Ranked(patch.name(), y));
    }
    ranked.sort(Comparator.comparingDouble(Ranked::luminance).thenComparing(Ranked::name));
    return ranked;
  }

  /** The sRGB transfer curve, inverted. */
  private static double linear(double channel) {
    if (channel <= 0.04045) {
      return channel / 12.92;
    }
    return Math.pow((channel + 0.055) / 1.055, 2.4);
  }
}
