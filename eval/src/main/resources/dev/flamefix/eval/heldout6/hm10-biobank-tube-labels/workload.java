package biobank.freezers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TubeLabellerWorkload {
  public static Supplier<Object> workload() {
    String[] sites = {"leeds", "york", "hull", "bradford", "wakefield"};
    List<TubeLabeller.Tube> tubes = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      tubes.add(new TubeLabeller.Tube(sites[i % sites.length], 1 + i % 12, 1 + (i / 81) % 140, 1 + i % 81));
    }
    TubeLabeller labeller = new TubeLabeller();
    return () -> labeller.labels("AQ-2026-118", tubes);
  }
}
