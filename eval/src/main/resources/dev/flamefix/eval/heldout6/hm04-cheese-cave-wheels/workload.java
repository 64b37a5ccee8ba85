package affinage.caves;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CaveRoundsWorkload {
  public static Supplier<Object> workload() {
    List<CaveRounds.Wheel> wheels = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      wheels.add(new CaveRounds.Wheel("W" + i, "cave-" + (i * 13) % 24, 30 + (i * 7_919) % 700, (i * 31) % 9));
    }
    CaveRounds rounds = new CaveRounds();
    return () -> rounds.rounds(wheels);
  }
}
