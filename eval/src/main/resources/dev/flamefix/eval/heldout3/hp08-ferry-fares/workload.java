package maritime.ferry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FareTableWorkload {
  public static Supplier<Object> workload() {
    int ports = 40;
    List<FareTable.Leg> legs = new ArrayList<>();
    for (int p = 0; p < ports; p++) {
      legs.add(new FareTable.Leg(p, (p + 1) % ports, 800 + p * 35L));
      legs.add(new FareTable.Leg((p + 1) % ports, p, 820 + p * 30L));
      legs.add(new FareTable.Leg(p, (p + 7) % ports, 4_100 + p * 11L));
    }
    FareTable table = new FareTable(ports, legs);
    // A booking batch concentrates on the busy crossings; a few tickets name a closed port.
    List<FareTable.Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      int to = i % 97 == 0 ? ports + 3 : ((i * 7) % 9) * 4 + 1;
      tickets.add(new FareTable.Ticket("pax" + i, (i % 6) * 5, to));
    }
    return () -> table.quote(tickets);
  }
}
