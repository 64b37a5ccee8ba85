package onsen.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SoakTallyWorkload {
  public static Supplier<Object> workload() {
    String[] tickets = {"adult", "child", "senior", "night", "family", "resident", "sauna-set"};
    List<SoakTally.Visit> visits = new ArrayList<>();
    long clock = 1_767_225_600L;
    for (int i = 0; i < 60_000; i++) {
      long stay = 1_200 + (i * 7_919L) % 9_000;
      visits.add(new SoakTally.Visit(tickets[(i * 5) % tickets.length], clock, clock + stay, 450 + (i % 13) * 110.5));
      clock += 17;
    }
    SoakTally tally = new SoakTally();
    return () -> tally.tally(visits);
  }
}
