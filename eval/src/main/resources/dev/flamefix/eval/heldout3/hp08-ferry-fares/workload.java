package maritime.ferry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FareTableWorkload {
  public static Supplier<Object> workload() {
    int ports = 14;
    List<FareTable.Leg> legs = new ArrayList<>();
    for (int p = 0; p < ports; p++) {
      legs.add(new FareTable.Leg(p, (p + 1) % ports, 800 + p * 35L));
      legs.add(new FareTable.Leg((p + 1) % ports, p, 820 + p * 30L));
      legs.add(new FareTable.Leg(p, (p + 5) % ports, 3_100 + p * 11L));
    }
    FareTable table = new FareTable(ports, legs);
    List<FareTable.Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      tickets.add(new FareTable.Ticket("pax" + i, (i * 3) % ports, (i * 7 + 2) % (ports + 1)));
    }
    return () -> table.quote(tickets);
  }
}
