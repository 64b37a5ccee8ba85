package kitchen.display;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TicketRailWorkload {
  public static Supplier<Object> workload() {
    List<TicketRail.Event> events = new ArrayList<>();
    int ticket = 0;
    for (int minute = 0; minute < 40_000; minute++) {
      events.add(new TicketRail.Event("ORDER", minute, "T" + ticket++));
      if (minute % 7 == 3) {
        events.add(new TicketRail.Event("VOID", minute, "T" + (ticket - 4)));
      }
      if (minute % 5 != 0) {
        events.add(new TicketRail.Event("BUMP", minute + 2, null));
      }
      if (minute % 5 == 4) {
        events.add(new TicketRail.Event("BUMP", minute + 3, null));
      }
    }
    TicketRail rail = new TicketRail();
    return () -> rail.replay(events);
  }
}
