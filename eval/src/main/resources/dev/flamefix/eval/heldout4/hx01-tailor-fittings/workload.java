package tailoring.fittings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class MeasurementSheetWorkload {
  public static Supplier<Object> workload() {
    String[] names = {"chest", "Waist", "hip", "inseam", "sleeve", "neck", "shoulder", "thigh", "cuff", "back"};
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      String name = names[i % names.length] + (i % 40 < 30 ? "" : "extra" + (char) ('a' + i % 26));
      notes.add("fitting " + i / 50 + ": " + name + (i % 2 == 0 ? " = " : ": ") + (40 + i % 70) + "." + i % 10
          + " cm, customer happy with drape");
    }
    return () -> MeasurementSheet.sheet("Workload Customer", notes);
  }
}
