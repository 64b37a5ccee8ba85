package running.marathon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class SplitSheetWorkload {
  public static Supplier<Object> workload() {
    long gun = 1_776_574_800_000L;
    String[] mats = {"start", "5K", "10K", "15K", "half", "25K", "30K", "35K", "40K", "finish"};
    double[] km = {0, 5, 10, 15, 21.0975, 25, 30, 35, 40, 42.195};
    List<SplitSheet.Passing> passings = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      int mat = i % mats.length;
      long pace = 240_000 + (i / mats.length) * 311L;
      passings.add(new SplitSheet.Passing(1 + i / mats.length, mats[mat], km[mat], gun + 5_000 + (long) (km[mat] * pace)));
    }
    SplitSheet sheet = new SplitSheet(gun, "Europe/London");
    return () -> sheet.lines(passings);
  }
}
