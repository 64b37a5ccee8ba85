package zoo.keepers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FeedingRoundsWorkload {
  public static Supplier<Object> workload() {
    List<FeedingRounds.Feed> log = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      int keeper = i % 6;
      int species = (i * 7_919) % 600;
      log.add(new FeedingRounds.Feed("keeper-" + keeper, "enc-" + species / 10, "species-" + species, "ration", 100 + i % 700));
    }
    FeedingRounds rounds = new FeedingRounds();
    return () -> rounds.speciesByKeeper(log);
  }
}
