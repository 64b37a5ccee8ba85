package pets.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ImplantImportWorkload {
  public static Supplier<Object> workload() {
    List<ImplantImport.Row> rows = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String chip = String.valueOf(985_000_000_000_000L + i * 7_919L);
      int year = 2012 + i % 14;
      int month = 1 + (i * 5) % 12;
      int day = 1 + (i * 11) % 28;
      String date = i % 3 == 0
          ? String.format("%02d/%02d/%d", day, month, year)
          : String.format("%d-%02d-%02d", year, month, day);
      if (i % 101 == 0) {
        date = "unknown";
      }
      rows.add(new ImplantImport.Row(chip, date));
    }
    ImplantImport importer = new ImplantImport();
    return () -> importer.load(rows);
  }
}
