package parking.garage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LevelBoardWorkload {
  public static Supplier<Object> workload() {
    List<String> readings = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      String value = switch (i % 4) {
        case 0 -> "FULL";
        case 1 -> "--";
        default -> Integer.toString((i * 17) % 120);
      };
      readings.add("P" + i % 7 + ":" + value);
    }
    return () -> LevelBoard.freeSpacesByLevel(readings);
  }
}
