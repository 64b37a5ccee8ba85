package parcels.lockers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class LockerScanLogWorkload {
  public static Supplier<Object> workload() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      String code = (char) ('A' + i % 26) + "" + (char) ('a' + (i * 7) % 26) + "-" + String.format("%06d", (i * 7_919) % 1_000_000);
      if (i % 11 == 0) {
        code = code.substring(0, 8);
      }
      String separator = i % 3 == 0 ? " ; " : ";";
      lines.add("bank-" + i % 40 + separator + (1 + i % 60) + separator + code);
    }
    LockerScanLog log = new LockerScanLog();
    return () -> log.codesByBank(lines);
  }
}
