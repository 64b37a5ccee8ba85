package charity.raffle;

import java.util.function.Supplier;

public final class TicketRunsWorkload {
  public static Supplier<Object> workload() {
    int[] sold = new int[3_000];
    for (int i = 0; i < sold.length; i++) {
      int book = (i * 37) % 600;
      sold[i] = 10_000 + book * 25 + (i * 7) % 19;
    }
    TicketRuns runs = new TicketRuns();
    return () -> runs.longestRun(sold);
  }
}
