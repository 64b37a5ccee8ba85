package fm.tunecast.royalties;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

public final class RoyaltyStatementWorkload {
  public static Supplier<Object> workload() {
    SortedMap<String, Long> streams = new TreeMap<>();
    for (int i = 0; i < 20_000; i++) {
      streams.put("artist-" + Integer.toHexString(i * 40_503), 10L + (i * 7_919L) % 250_000);
    }
    return () -> RoyaltyStatement.summarize(streams, 3_800, 1_000);
  }
}
