package tolling.plaza;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CashUpWorkload {
  public static Supplier<Object> workload() {
    int[] tariffs = {150, 250, 400, 650, -250, 900};
    List<CashUp.Receipt> receipts = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      receipts.add(new CashUp.Receipt("booth-" + i % 6, "PL" + (i * 7_919) % 100_000, tariffs[(i * 5 + i / 7) % tariffs.length]));
    }
    CashUp cashUp = new CashUp();
    return () -> cashUp.matchingRuns(receipts, 12_500);
  }
}
