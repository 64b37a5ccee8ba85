package org.helix.pipeline;

import java.util.ArrayList;
import java.util.List;

public class VariantMerger {

  public record Call(String chrom, int pos, String ref, String alt, double quality) {}

  public record Sample(String name, List<Call> calls) {}

  private final double minQuality;

  public VariantMerger(double minQuality) {
    this.minQuality = minQuality;
  }

  /** Distinct sites called with enough quality in any sample, in the order they are first seen. */
  public List<String> mergedSites(List<Sample> samples) {
    List<String> sites = new ArrayList<>();
    for (Sample sample : samples) {
      for (Call call : sample.calls()) {
        if (call.quality() < minQuality) {
          continue;
        }
        String site = siteKey(call);
        if (!sites.contains(site)) {
          sites.add(site);
        }
      }
    }
    return sites;
  }

  private static String siteKey(Call call) {
    return call.chrom() + ":" + call.pos() + ":" + call.ref() + ">" + call.alt();
  }
}
