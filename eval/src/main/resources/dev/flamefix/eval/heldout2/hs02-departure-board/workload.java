package rail.timetable.board;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class DepartureBoardWorkload {
  public static Supplier<Object> workload() {
    String[] destinations = {"Zürich HB", "Bern", "Luzern", "St. Gallen", "Genève-Aéroport", "Chur", "Brig"};
    List<DepartureBoard.Departure> departures = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      departures.add(new DepartureBoard.Departure((i % 3 == 0 ? "IC " : "IR ") + (i % 97),
          destinations[i % destinations.length], (i * 7) % 1_440, 1 + i % 14, i % 5 == 0 ? i % 23 : 0));
    }
    return () -> DepartureBoard.render(departures);
  }
}
