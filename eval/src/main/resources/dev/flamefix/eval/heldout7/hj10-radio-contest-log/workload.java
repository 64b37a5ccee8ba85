package hamradio.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CabrilloExportWorkload {
  public static Supplier<Object> workload() {
    String[] prefixes = {"G", "M0", "DL", "F", "EA", "OH", "K", "JA", "VK", "PA"};
    String[] modes = {"CW", "PH", "DG"};
    List<CabrilloExport.Qso> qsos = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      String call = prefixes[i % prefixes.length] + (i % 10) + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26);
      String utc = String.format("2027-06-26 %02d%02d", 12 + (i / 60) % 24 % 12, i % 60);
      qsos.add(new CabrilloExport.Qso(7_000 + (i * 3) % 300, modes[i % 3], utc, call, 599, 599,
          String.valueOf(1 + i), i % 53 == 0));
    }
    CabrilloExport export = new CabrilloExport();
    return () -> export.export("G4XYZ", "IARU-HF", qsos);
  }
}
