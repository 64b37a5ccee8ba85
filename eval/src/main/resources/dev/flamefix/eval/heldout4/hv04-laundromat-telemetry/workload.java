package laundry.machines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CycleTelemetryWorkload {
  public static Supplier<Object> workload() {
    String[] phases = {"FILL", "wash", "E17", "RINSE", "door-open", "SPIN", "E04", "dry", "COOL", "lint-full"};
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      records.add("machine-" + i % 24 + "|" + phases[(i * 7) % phases.length] + "|" + (30 + (i * 13) % 900));
    }
    return () -> CycleTelemetry.summarise(records);
  }
}
