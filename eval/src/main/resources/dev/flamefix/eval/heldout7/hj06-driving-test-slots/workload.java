package drivingtest.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SlotBoardWorkload {
  public static Supplier<Object> workload() {
    String[] centres = {"Ashford", "Barnstaple", "Chertsey", "Darlington", "Ely", "Frome", "Goole",
        "Hexham", "Ilkley", "Jarrow", "Kendal", "Leek"};
    String[] categories = {"B", "B", "B", "A2", "C1", "BE"};
    List<SlotBoard.Slot> slots = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      int day = (i * 13) % 997;
      String date = (2027 + day / 360) + "-" + (1 + day / 30 % 12) + "-" + (1 + day % 30);
      slots.add(new SlotBoard.Slot(centres[i % centres.length], date, 8 + (i * 7) % 9,
          categories[(i * 5) % categories.length], (i * 13) % 4 - 1));
    }
    SlotBoard board = new SlotBoard(slots);
    return () -> board.freePlacesByCentre("B", 10);
  }
}
