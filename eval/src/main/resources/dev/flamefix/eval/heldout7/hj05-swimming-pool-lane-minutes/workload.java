package leisure.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LaneOccupancyWorkload {
  public static Supplier<Object> workload() {
    int open = 16 * 60;
    List<LaneOccupancy.Swim> swims = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      int in = (i * 37) % (open - 20);
      swims.add(new LaneOccupancy.Swim(1 + i % 8, in, in + 20 + (i * 13) % 70));
    }
    LaneOccupancy pool = new LaneOccupancy(open, swims);
    List<LaneOccupancy.Query> queries = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int from = (i * 53) % open - 30;
      queries.add(new LaneOccupancy.Query(from, from + 60 + (i * 29) % 600));
    }
    return () -> pool.swimmerMinutes(queries);
  }
}
