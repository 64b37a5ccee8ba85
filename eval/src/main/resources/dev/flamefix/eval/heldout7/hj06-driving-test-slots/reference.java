package drivingtest.booking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class SlotBoard {

  /** One examiner slot as the booking feed lists it. */
  public record Slot(String centre, String date, int hour, String category, int freePlaces) {}

  /** Identifies a slot; several examiners' places at the same slot add up. */
  record SlotKey(String centre, String date, int hour, String category) {}

  private final Map<SlotKey, Integer> freePlaces = new HashMap<>();

  public SlotBoard(List<Slot> slots) {
    for (Slot slot : slots) {
      freePlaces.merge(new SlotKey(slot.centre(), slot.date(), slot.hour(), slot.category()),
          slot.freePlaces(), Integer::sum);
    }
  }

  /** Free places per centre (in name order) in slots of the category starting at or after {@code fromHour}. */
  public Map<String, Integer> freePlacesByCentre(String category, int fromHour) {
    return freePlaces.entrySet().stream()
        .filter(e -> e.getKey().category().equals(category) && e.getKey().hour() >= fromHour)
        .filter(e -> e.getValue() > 0)
        .collect(Collectors.groupingBy(e -> e.getKey().centre(), TreeMap::new,
            Collectors.summingInt(Map.Entry::getValue)));
  }
}
