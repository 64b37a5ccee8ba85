package org.helix.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public class VariantMerger {

  public record Call(String chrom, int pos, String ref, String alt, double quality) {}

  public record Sample(String name, List<Call> calls) {}

  private final double minQuality;

  public VariantMerger(double minQuality) {
    this.minQuality = minQuality;
  }

  /** Distinct sites called with enough quality in any sample, in the order they are first seen. */
  public List<String> mergedSites(List<Sample> samples) {
    Set<String> sites = new LinkedHashSet<>();
    for (Sample sample : samples) {
      for (Call call : sample.calls()) {
        // Not ">= minQuality": a NaN quality is kept, as the original keeps it.
        if (!(call.quality() < minQuality)) {
          sites.add(siteKey(call));
        }
      }
    }
    return new ArrayList<>(sites);
  }

  private static String siteKey(Call call) {
    return call.chrom() + ":" + call.pos() + ":" + call.ref() + ">" + call.alt();
  }
}
