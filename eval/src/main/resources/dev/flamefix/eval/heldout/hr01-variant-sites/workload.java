package org.helix.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class VariantMergerWorkload {
  public static Supplier<Object> workload() {
    String[] bases = {"A", "C", "G", "T"};
    List<VariantMerger.Sample> samples = new ArrayList<>();
    for (int s = 0; s < 24; s++) {
      List<VariantMerger.Call> calls = new ArrayList<>();
      for (int c = 0; c < 100; c++) {
        int site = (s * 37 + c * 11) % 1200;
        calls.add(new VariantMerger.Call("chr" + (1 + site % 22), 10_000 + site * 17,
            bases[site % 4], bases[(site + 1) % 4], 10 + (s * 7 + c) % 50));
      }
      samples.add(new VariantMerger.Sample("S" + s, calls));
    }
    VariantMerger merger = new VariantMerger(20.0);
    return () -> merger.mergedSites(samples);
  }
}
