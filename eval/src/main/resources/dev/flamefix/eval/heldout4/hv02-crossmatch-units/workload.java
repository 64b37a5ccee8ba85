package bloodbank.crossmatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class IssueSlipWorkload {
  public static Supplier<Object> workload() {
    String[] groups = {"O", "A", "B", "AB"};
    List<IssueSlip.Unit> stock = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      stock.add(new IssueSlip.Unit("UK" + (700_000 + i * 13), groups[i % 4], i % 7 == 0 ? "-" : "+",
          250 + (i % 3) * 100));
    }
    List<IssueSlip.Crossmatch> crossmatches = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int unit = (i * 389) % 2_300;
      crossmatches.add(new IssueSlip.Crossmatch("patient-" + i / 3, "UK" + (700_000 + unit * 13), i % 10 != 0));
    }
    return () -> IssueSlip.issue(stock, crossmatches);
  }
}
