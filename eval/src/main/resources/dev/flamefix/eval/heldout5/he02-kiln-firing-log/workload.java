package ceramics.kiln;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class FiringLogWorkload {
  public static Supplier<Object> workload() {
    List<String> lines = new ArrayList<>();
    int temp = 20;
    for (int i = 0; i < 800; i++) {
      int minuteOfDay = (360 + i * 3) % 1_440;
      temp += i < 500 ? 4 + i % 3 : -(3 + i % 2);
      lines.add(String.format("%02d:%02d %d", minuteOfDay / 60, minuteOfDay % 60, temp));
    }
    FiringLog log = new FiringLog();
    return () -> log.rampReport(lines);
  }
}
