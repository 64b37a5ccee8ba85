package kitchen.display;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

public class TicketRail {

  /** A screen event: ORDER adds a ticket, BUMP serves the oldest open one, VOID cancels one. */
  public record Event(String kind, int minute, String ticket) {}

  /** How the service went, with the tickets still on the rail (oldest first). */
  public record Service(int served, int voided, long waitMinutes, int longestWait, List<String> stillOpen) {}

  private record Open(String ticket, int orderedAt) {}

  public Service replay(List<Event> events) {
    LinkedList<Open> rail = new LinkedList<>();
    int served = 0;
    int voided = 0;
    long waited = 0;
    int longest = 0;
    for (Event event : events) {
      switch (event.kind()) {
        case "ORDER" -> rail.addLast(new Open(event.ticket(), event.minute()));
        case "BUMP" -> {
          if (rail.isEmpty()) {
            break;
          }
          Open oldest = rail.removeFirst();
          int wait = event.minute() - oldest.orderedAt();
          served++;
          waited += wait;
          longest = Math.max(longest, wait);
        }
        case "VOID" -> {
          for (Iterator<Open> it = rail.iterator(); it.hasNext(); ) {
            if (it.next().ticket().equals(event.ticket())) {
              it.remove();
              voided++;
              break;
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown rail event " + event.kind());
      }
    }
    List<String> open = new ArrayList<>(rail.size());
    for (Open ticket : rail) {
      open.add(ticket.ticket());
    }
    return new Service(served, voided, waited, longest, open);
  }
}
