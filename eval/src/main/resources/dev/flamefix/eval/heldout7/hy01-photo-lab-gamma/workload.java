package photolab.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class PatchRankingWorkload {
  public static Supplier<Object> workload() {
    List<PatchRanking.Patch> patches = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      patches.add(new PatchRanking.Patch("P" + i, (i * 37 % 256) / 255.0, (i * 91 % 256) / 255.0,
          (i * 53 % 256) / 255.0));
    }
    PatchRanking ranking = new PatchRanking();
    return () -> ranking.darkestFirst(patches);
  }
}
