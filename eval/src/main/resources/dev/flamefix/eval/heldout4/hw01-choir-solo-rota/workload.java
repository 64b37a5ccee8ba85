package choir.rehearsals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SoloRotaWorkload {
  public static Supplier<Object> workload() {
    List<SoloRota.Rehearsal> rota = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      int singer = i % 101 == 100 ? (i * 13) % 80 : (i * 37) % 80;
      rota.add(new SoloRota.Rehearsal(i, "singer-" + singer));
    }
    return () -> SoloRota.longestFreshRun(rota);
  }
}
