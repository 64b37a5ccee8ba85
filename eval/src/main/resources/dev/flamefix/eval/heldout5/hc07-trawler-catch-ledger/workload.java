package fisheries.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CatchLedgerWorkload {
  public static Supplier<Object> workload() {
    int[] landed = new int[3_650];
    for (int d = 0; d < landed.length; d++) {
      landed[d] = d % 7 == 6 ? 0 : 800 + (d * 7_919) % 5_000;
    }
    List<CatchLedger.Window> windows = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      int from = (i * 613) % 2_400;
      windows.add(new CatchLedger.Window("vessel-" + i % 90 + "/w" + i, from, from + 30 + (i * 37) % 1_200));
    }
    CatchLedger ledger = new CatchLedger(1_200_000L);
    return () -> ledger.breaches(landed, windows);
  }
}
