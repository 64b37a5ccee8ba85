package allotments.society;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class HarvestLedgerWorkload {
  public static Supplier<Object> workload() {
    String[] crops = {"beetroot", "broad beans", "cabbage", "carrots", "chard", "courgettes", "garlic",
        "kale", "leeks", "onions", "parsnips", "peas", "potatoes", "pumpkins", "radish", "runner beans",
        "shallots", "spinach", "squash", "sweetcorn", "tomatoes", "turnips", "rhubarb", "raspberries"};
    List<HarvestLedger.WeighIn> weighIns = new ArrayList<>();
    for (int plot = 0; plot < 700; plot++) {
      for (int c = 0; c < crops.length; c++) {
        if ((plot + c) % 5 != 0) {
          weighIns.add(new HarvestLedger.WeighIn("plot " + (plot / 26) + (char) ('A' + plot % 26), crops[c],
              200 + (plot * 7_919L + c * 104_729L) % 9_000));
        }
      }
    }
    HarvestLedger ledger = new HarvestLedger(weighIns);
    return () -> ledger.leaders(90_000);
  }
}
