package resort.lifts.gates;

import java.util.function.Supplier;

public final class GateTrafficWorkload {
  public static Supplier<Object> workload() {
    int[] scans = new int[7 * 1_440];
    for (int minute = 0; minute < scans.length; minute++) {
      int ofDay = minute % 1_440;
      scans[minute] = ofDay < 510 || ofDay > 990 ? 0 : 20 + (minute * 7_919) % 61 + (ofDay > 560 && ofDay < 640 ? 25 : 0);
    }
    return () -> GateTraffic.busiestWindow(scans, 90);
  }
}
