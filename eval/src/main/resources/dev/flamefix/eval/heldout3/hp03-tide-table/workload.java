package harbour.tides;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TideTableWorkload {
  public static Supplier<Object> workload() {
    List<TideTable.Turn> turns = new ArrayList<>();
    for (int day = 0; day < 90; day++) {
      for (int t = 0; t < 4; t++) {
        int minute = (t * 372 + day * 50) % 1_440;
        turns.add(new TideTable.Turn(minute, t % 2 == 0, t % 2 == 0 ? 380 + day % 60 : -20 + day % 45));
      }
    }
    return () -> TideTable.render(turns);
  }
}
