package agri.greenhouse.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ClimateAlertsWorkload {
  public static Supplier<Object> workload() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      lines.add("bench-" + i % 120 + " T=" + (12 + (i * 7) % 25) + "." + i % 10 + " RH=" + (40 + (i * 13) % 59) + "%");
    }
    return () -> ClimateAlerts.alertingSensors(lines, 35.5, 96);
  }
}
