package org.shelfware.circulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class OverdueNoticesWorkload {
  public static Supplier<Object> workload() {
    List<OverdueNotices.Loan> loans = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String patron = i % 2 == 0 ? "P-1042" : "P-" + (2000 + i % 300);
      loans.add(new OverdueNotices.Loan(patron, "The Collected Essays, volume " + i,
          "3900" + (100_000 + i), i % 40 - 5));
    }
    OverdueNotices notices = new OverdueNotices(25);
    return () -> notices.notice("P-1042", loans);
  }
}
