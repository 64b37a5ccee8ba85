package museum.admissions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TurnstileLogWorkload {
  public static Supplier<Object> workload() {
    String[] types = {"ADT", "CHD", "SNR", "GRP", "VIP"};
    List<String> scans = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      scans.add(types[i % types.length] + "-" + String.format("%06d", (i * 7_919) % 1_000_000) + "-" + String.format("%02X", i % 256));
    }
    return () -> TurnstileLog.admissionsByType(scans);
  }
}
