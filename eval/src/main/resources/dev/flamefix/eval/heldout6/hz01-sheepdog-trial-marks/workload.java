package sheepdog.trials;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class TrialSheetWorkload {
  public static Supplier<Object> workload() {
    List<TrialSheet.Run> runs = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      List<Integer> marks = new ArrayList<>();
      int judges = 3 + (i % 3);
      for (int j = 0; j < judges; j++) {
        int mark = (i * 7_919 + j * 104_729) % 101;
        marks.add(mark < 4 ? 0 : mark);
      }
      runs.add(new TrialSheet.Run("handler " + (i % 700), "dog " + i, marks));
    }
    TrialSheet sheet = new TrialSheet();
    return () -> sheet.placings(runs);
  }
}
